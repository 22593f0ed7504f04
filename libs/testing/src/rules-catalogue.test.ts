import fs from 'fs';
import path from 'path';
import { RULES_CATALOGUE_PATH, renderRulesCatalogue, ruleEntries } from './rules-catalogue';
import { RULE_GAPS } from './rule-gaps';

const repoRoot = path.resolve(__dirname, '../../..');
const entries = ruleEntries(repoRoot);

describe('rule catalogue', () => {
  it('reads every rule of docs/domain-rules.md', () => {
    expect(entries.length).toBeGreaterThan(50);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('has a test citing every rule', () => {
    expect(entries.filter((e) => e.tests.length === 0).map((e) => e.id)).toEqual([]);
  });

  it('lists gaps only for rules that exist', () => {
    const ids = new Set(entries.map((e) => e.id));
    expect(Object.keys(RULE_GAPS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it(`is up to date in ${RULES_CATALOGUE_PATH} (npm run rules writes it)`, () => {
    const committed = fs.readFileSync(path.join(repoRoot, RULES_CATALOGUE_PATH), 'utf8');
    expect(committed).toBe(renderRulesCatalogue(entries));
  });
});
