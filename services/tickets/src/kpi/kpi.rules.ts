import { validationFailed } from '@pm/graphql';
import { addPeriods, isPeriod } from '@pm/time';

/** A trend is for charts: two years of months at the most. */
export const MAX_TREND_MONTHS = 24;

/** The months from `from` to `to` (YYYY-MM, both included); VALIDATION_FAILED when malformed or too long. */
export function kpiMonths(from: string, to: string): string[] {
  if (!isPeriod(from) || !isPeriod(to))
    throw validationFailed('period is YYYY-MM', [
      { field: isPeriod(from) ? 'to' : 'period', message: 'YYYY-MM' },
    ]);
  const months: string[] = [];
  for (let m = from; m <= to && months.length <= MAX_TREND_MONTHS; m = addPeriods(m, 1)) months.push(m);
  if (!months.length || months.length > MAX_TREND_MONTHS)
    throw validationFailed(`from..to must be 1 to ${MAX_TREND_MONTHS} months`, [
      { field: 'to', message: `1 to ${MAX_TREND_MONTHS} months from \`from\`` },
    ]);
  return months;
}
