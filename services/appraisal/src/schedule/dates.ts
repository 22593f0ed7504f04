/** Calendar-date arithmetic on `YYYY-MM-DD` strings (no time zone, never shifts). */
const toUtc = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return Date.UTC(y, m - 1, day);
};
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (d: string, n: number) => fromUtc(toUtc(d) + n * 86_400_000);

export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  return { from: `${month}-01`, to: fromUtc(Date.UTC(y, m, 0)) };
}

/** `YYYY-MM` → that month; `YYYY-MM-DD` → that day; anything else → undefined. */
export function periodRange(period: string): { from: string; to: string } | undefined {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return monthRange(period);
  if (/^\d{4}-\d{2}-\d{2}$/.test(period) && fromUtc(toUtc(period)) === period)
    return { from: period, to: period };
  return undefined;
}

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'YEARLY';

/** The period of a frequency that contains `d`: the day, ISO week (Mon–Sun), month, quarter or year. */
export function periodOf(freq: Frequency, d: string): { start: string; end: string } {
  const [y, m] = d.split('-').map(Number);
  switch (freq) {
    case 'DAILY':
      return { start: d, end: d };
    case 'WEEKLY': {
      const dow = (new Date(toUtc(d)).getUTCDay() + 6) % 7; // Monday = 0
      const start = addDays(d, -dow);
      return { start, end: addDays(start, 6) };
    }
    case 'MONTHLY': {
      const r = monthRange(d.slice(0, 7));
      return { start: r.from, end: r.to };
    }
    case 'QUARTERLY': {
      const q0 = Math.floor((m - 1) / 3) * 3;
      return { start: fromUtc(Date.UTC(y, q0, 1)), end: fromUtc(Date.UTC(y, q0 + 3, 0)) };
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

/** Today's calendar date in a time zone (deadlines are evaluated in the property's zone). */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
