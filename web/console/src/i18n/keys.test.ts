import { readFileSync, readdirSync, statSync } from 'fs';
import path from 'path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

/** Every source file of the console but the generated operation types. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'gql' ? [] : sources(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

const lookup = (messages: object, key: string): unknown =>
  key.split('.').reduce<unknown>((m, k) => (m as Record<string, unknown> | undefined)?.[k], messages);

/** Keys written out in full, t('a.b') and t(`a.b`), and the prefixes of built ones, t(`a.${x}`). */
function keysUsed() {
  const whole = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of sources(path.resolve(__dirname, '..'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*(['`])([A-Za-z0-9_.]+)(\$\{)?/g)) {
      if (m[3]) prefixes.add(m[2].replace(/\.$/, ''));
      else if (m[1] === "'" || text[m.index + m[0].length] === '`') whole.add(m[2]);
    }
  }
  return { whole: [...whole], prefixes: [...prefixes] };
}

describe('the console’s words', () => {
  const { whole, prefixes } = keysUsed();

  it('finds the keys the pages use (the scan itself works)', () => {
    expect(whole).toContain('frontDesk.search');
    expect(prefixes).toContain('status');
  });

  it('every key the console uses is a string in zh-CN and in en', () => {
    const missing = whole.flatMap((k) =>
      [
        ['zh-CN', zhCN],
        ['en', en],
      ].flatMap(([lang, m]) => (typeof lookup(m as object, k) === 'string' ? [] : [`${lang}: ${k}`])),
    );
    expect(missing).toEqual([]);
  });

  it('every built key has a group of strings to choose from in both languages', () => {
    const missing = prefixes.filter(
      (k) => typeof lookup(zhCN, k) !== 'object' || typeof lookup(en, k) !== 'object',
    );
    expect(missing).toEqual([]);
  });
});
