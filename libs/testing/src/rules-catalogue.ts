import fs from 'fs';
import path from 'path';
import { POLICY_DEFINITIONS } from '@pm/contracts';
import { RULE_GAPS } from './rule-gaps';

export interface RuleEntry {
  id: string;
  section: string;
  text: string;
  policyKeys: string[];
  tests: string[];
  status: 'tested' | 'partial' | 'untested';
}

const RULE_LINE = /^- (R-[A-Z]+-\d+) (.*)$/;
const RULE_ID = /\bR-[A-Z]+-\d+\b/g;
const TEST_FILE = /\.(test|spec)\.tsx?$/;
const SCANNED = ['libs', 'services', 'gateway', 'web', 'deploy'];

function testFiles(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) testFiles(full, out);
    else if (TEST_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

/**
 * Every rule of docs/domain-rules.md with the policy keys that carry its numbers and the test
 * files that cite its id; a rule no test cites is `untested`, one with a known gap `partial`.
 */
export function ruleEntries(repoRoot: string): RuleEntry[] {
  const doc = fs.readFileSync(path.join(repoRoot, 'docs/domain-rules.md'), 'utf8');
  const citations = new Map<string, Set<string>>();
  for (const file of SCANNED.flatMap((d) => testFiles(path.join(repoRoot, d)))) {
    const rel = path.relative(repoRoot, file).split(path.sep).join('/');
    for (const [id] of fs.readFileSync(file, 'utf8').matchAll(RULE_ID)) {
      if (!citations.has(id)) citations.set(id, new Set());
      citations.get(id)!.add(rel);
    }
  }
  const entries: RuleEntry[] = [];
  let section = '';
  for (const line of doc.split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).trim();
    const m = RULE_LINE.exec(line);
    if (!m) continue;
    const [, id, text] = m;
    const tests = [...(citations.get(id) ?? [])].sort();
    entries.push({
      id,
      section,
      text,
      policyKeys: POLICY_DEFINITIONS.filter((d) => d.ruleIds.includes(id)).map((d) => d.key),
      tests,
      status: tests.length === 0 ? 'untested' : RULE_GAPS[id] ? 'partial' : 'tested',
    });
  }
  return entries;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The catalogue as markdown: generated, never edited by hand (`npm run rules` writes it). */
export function renderRulesCatalogue(entries: RuleEntry[]): string {
  const count = (s: RuleEntry['status']) => entries.filter((e) => e.status === s).length;
  const lines = [
    '# Rule catalogue (generated)',
    '',
    'Generated from `docs/domain-rules.md`, the policy catalog (`libs/contracts/src/policies/`), the test',
    'files that cite each rule id and the known gaps (`libs/testing/src/rule-gaps.ts`). Do not edit:',
    'run `npm run rules`. `npm test` fails when this file is stale or a rule has no test.',
    '',
    `Rules: ${entries.length} — enforced and tested ${count('tested')}, partial ${count('partial')}, ` +
      `without a test ${count('untested')}.`,
    '',
  ];
  let section = '';
  for (const e of entries) {
    if (e.section !== section) {
      section = e.section;
      lines.push(`## ${section}`, '', '| Rule | Status | Policy keys | Tests |', '|---|---|---|---|');
    }
    const status =
      e.status === 'partial'
        ? `partial: ${cell(RULE_GAPS[e.id])}`
        : e.status === 'tested'
          ? 'tested'
          : '**no test**';
    const keys = e.policyKeys.map((k) => `\`${k}\``).join('<br>') || '—';
    const tests = e.tests.map((t) => `\`${t}\``).join('<br>') || '—';
    lines.push(`| **${e.id}** ${cell(e.text)} | ${status} | ${keys} | ${tests} |`);
    const next = entries[entries.indexOf(e) + 1];
    if (!next || next.section !== section) lines.push('');
  }
  return lines.join('\n');
}

export const RULES_CATALOGUE_PATH = 'docs/rules-catalogue.md';
