/**
 * R-CUS-9: the placeholders a letter template may use, filled per delivery; {finding} (what a
 * fire-safety inspection found) only in a rectification template, filled when it is drafted.
 */
export const PLACEHOLDERS = ['customerName', 'unit', 'date', 'propertyName', 'finding'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/**
 * The text with each known placeholder whose value is given replaced; others are left as written,
 * so a letter drafted with the unit known (a rectification) keeps {customerName} for its delivery.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = (PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : undefined;
    return v ?? whole;
  });
}

/** Placeholders in braces a template of `kind` may not name: a typo would reach the customer. */
export function unknownPlaceholders(text: string, kind = 'RECTIFICATION'): string[] {
  const known: readonly string[] =
    kind === 'RECTIFICATION' ? PLACEHOLDERS : PLACEHOLDERS.filter((p) => p !== 'finding');
  const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  return [...new Set(names.filter((n) => !known.includes(n)))];
}

export const LETTER_KINDS = ['LETTER', 'RECTIFICATION'] as const;

export interface TemplateText {
  name: string;
  kind: string;
  title: string;
  body: string;
}

export function templateProblems(t: TemplateText): { field: string; message: string }[] {
  const out = [];
  if (!t.name.trim()) out.push({ field: 'name', message: 'required' });
  if (!(LETTER_KINDS as readonly string[]).includes(t.kind))
    out.push({ field: 'kind', message: LETTER_KINDS.join(' or ') });
  const title = t.title.trim();
  if (!title || title.length > 200) out.push({ field: 'title', message: '1–200 characters' });
  if (!t.body.trim()) out.push({ field: 'body', message: 'required' });
  for (const field of ['title', 'body'] as const) {
    const unknown = unknownPlaceholders(t[field], t.kind);
    if (unknown.length)
      out.push({
        field,
        message: `unknown placeholders ${unknown.map((u) => `{${u}}`).join(', ')}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')} ({finding} in RECTIFICATION only)`,
      });
  }
  return out;
}
