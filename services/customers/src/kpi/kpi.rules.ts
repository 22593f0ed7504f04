/** A fraction in [0, 1], or null when nothing was counted (as every subgraph's KPIs do). */
export const rate = (numerator: number, denominator: number): number | null =>
  denominator ? numerator / denominator : null;

/** `2026-11` → [2026-11-01, 2026-12-01); `2026` → the year. */
export function periodRange(period: string): { from: string; to: string } | null {
  let m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m && +m[2] >= 1 && +m[2] <= 12) {
    const y = +m[1];
    const mo = +m[2];
    const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
    return { from: `${period}-01`, to: next };
  }
  m = /^(\d{4})$/.exec(period);
  if (m) return { from: `${m[1]}-01-01`, to: `${+m[1] + 1}-01-01` };
  return null;
}
