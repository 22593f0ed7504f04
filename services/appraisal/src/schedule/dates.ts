import { addDays, addPeriods, dayOfWeek, isCalendarDate, isPeriod, periodDays } from '@pm/time';

/** `YYYY-MM` → that month; `YYYY-MM-DD` → that day; anything else → undefined. */
export function periodRange(period: string): { from: string; to: string } | undefined {
  if (isPeriod(period)) return periodDays(period);
  if (isCalendarDate(period)) return { from: period, to: period };
  return undefined;
}

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'YEARLY';

const FREQUENCIES: readonly Frequency[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'];

/**
 * The last day a period of any frequency starting by `to` can end (the year's end, or a week
 * running into the next year): checks up to it settle every obligation of periods up to `to`,
 * whatever frequencies the policy sets.
 */
export function latestPeriodEnd(to: string): string {
  return FREQUENCIES.map((f) => periodOf(f, to).end).reduce((a, b) => (b > a ? b : a));
}

/** The period of a frequency that contains `d`: the day, ISO week (Mon–Sun), month, quarter or year. */
export function periodOf(freq: Frequency, d: string): { start: string; end: string } {
  const [y, m] = d.split('-').map(Number);
  switch (freq) {
    case 'DAILY':
      return { start: d, end: d };
    case 'WEEKLY': {
      const start = addDays(d, 1 - dayOfWeek(d));
      return { start, end: addDays(start, 6) };
    }
    case 'MONTHLY': {
      const r = periodDays(d.slice(0, 7));
      return { start: r.from, end: r.to };
    }
    case 'QUARTERLY': {
      const first = `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}`;
      return { start: `${first}-01`, end: periodDays(addPeriods(first, 2)).to };
    }
    case 'YEARLY':
      return { start: `${y}-01-01`, end: `${y}-12-31` };
  }
}

/** Periods of `freq` that start inside [from, to] (a week belongs to the month it starts in). */
export function periodsStartingIn(
  freq: Frequency,
  from: string,
  to: string,
): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  let p = periodOf(freq, from);
  if (p.start < from) p = periodOf(freq, addDays(p.end, 1));
  while (p.start <= to) {
    out.push(p);
    p = periodOf(freq, addDays(p.end, 1));
  }
  return out;
}
