/**
 * How a register or import column is written and read. Money is integer fen inside, yuan in the
 * sheet; a percent is a ratio in [0, 1] inside, shown as 95.0% (the number stays the ratio).
 */
export type ColumnKind = 'text' | 'money-fen' | 'date' | 'datetime' | 'int' | 'number' | 'percent';

export type Language = 'zh-CN' | 'en';

export interface ColumnSpec {
  /** The field's name in code (and an accepted header). */
  key: string;
  /** The header a Chinese office reads; the template and zh-CN registers use it. */
  zh: string;
  en: string;
  kind: ColumnKind;
  /** Characters, as Excel counts column width. */
  width?: number;
  /** Other headers people write for this column (full-width or older names). */
  aliases?: string[];
  required?: boolean;
}

export const headerOf = (c: ColumnSpec, language: Language) => (language === 'en' ? c.en : c.zh);

/**
 * Headers compared loosely: case, spaces, underscores, a required mark (`*`, `（必填）`,
 * `(required)`) and full-width brackets do not matter.
 */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/[(（](必填|选填|required|optional)[)）]/gi, '')
    .replace(/[\s_*＊\-]/g, '')
    .toLowerCase();
}

export interface HeaderProblem {
  column: string;
  code: 'header.missing' | 'header.duplicate';
}

/**
 * Which cell holds which column: the header row matched against each column's key, Chinese and
 * English header and aliases. Unknown headers are ignored (a sheet may carry notes of its own).
 */
export function mapHeader(
  header: readonly string[],
  columns: readonly ColumnSpec[],
): { index: Map<string, number>; problems: HeaderProblem[] } {
  const names = new Map<string, string>();
  for (const c of columns)
    for (const n of [c.key, c.zh, c.en, ...(c.aliases ?? [])]) names.set(normaliseHeader(n), c.key);
  const index = new Map<string, number>();
  const problems: HeaderProblem[] = [];
  header.forEach((h, i) => {
    const key = names.get(normaliseHeader(h ?? ''));
    if (!key) return;
    if (index.has(key)) problems.push({ column: key, code: 'header.duplicate' });
    else index.set(key, i);
  });
  for (const c of columns)
    if (c.required && !index.has(c.key)) problems.push({ column: c.key, code: 'header.missing' });
  return { index, problems };
}
