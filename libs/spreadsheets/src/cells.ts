const pad = (n: string | number) => String(n).padStart(2, '0');

const isDay = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;

/**
 * A date as people type it: 2025-03-01, 2025/3/1 (what Excel on a Chinese Windows saves in a
 * CSV), 2025.3.1 or 2025年3月1日 → `YYYY-MM-DD`; null when it is none of them or no such day.
 */
export function parseDateCell(v: string): string | null {
  const s = v.trim();
  const m = DATE.exec(s);
  if (!m || m[0].length !== s.length) return null;
  return isDay(+m[1], +m[2], +m[3]) ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : null;
}

/** A wall-clock date and time; `zoned` when the text named its own offset (ISO with Z or ±hh:mm). */
export type DateTimeCell =
  { zoned: false; date: string; minuteOfDay: number; second: number } | { zoned: true; at: Date };

/**
 * A date-time as typed: `2026-11-25 09:30`, `2026/11/25 9:30:15`, `2026-11-25T09:30`, a date alone
 * (midnight), or ISO 8601 with an offset; null when it is none of them.
 */
export function parseDateTimeCell(v: string): DateTimeCell | null {
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i.test(s)) {
    const at = new Date(s);
    return Number.isNaN(at.getTime()) ? null : { zoned: true, at };
  }
  const m = DATE.exec(s);
  if (!m) return null;
  const date = parseDateCell(m[0]);
  if (!date) return null;
  const rest = s.slice(m[0].length).trim().replace(/^T/, '');
  if (!rest) return { zoned: false, date, minuteOfDay: 0, second: 0 };
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(rest);
  if (!t || +t[1] > 23 || +t[2] > 59 || +(t[3] ?? 0) > 59) return null;
  return { zoned: false, date, minuteOfDay: +t[1] * 60 + +t[2], second: +(t[3] ?? 0) };
}

/** A non-negative decimal as typed (thousands separators allowed); null otherwise. */
export function parseNumberCell(v: string): number | null {
  const s = v.trim().replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
