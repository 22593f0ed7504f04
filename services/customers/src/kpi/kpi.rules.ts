import { addPeriods, isPeriod } from '@pm/time';

/** A fraction in [0, 1], or null when nothing was counted (as every subgraph's KPIs do). */
export const rate = (numerator: number, denominator: number): number | null =>
  denominator ? numerator / denominator : null;

/** `2026-11` → [2026-11-01, 2026-12-01); `2026` → the year. */
export function periodRange(period: string): { from: string; to: string } | null {
  if (isPeriod(period)) return { from: `${period}-01`, to: `${addPeriods(period, 1)}-01` };
  if (/^\d{4}$/.test(period)) return { from: `${period}-01-01`, to: `${+period + 1}-01-01` };
  return null;
}
