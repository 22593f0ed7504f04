import { Temporal } from 'temporal-polyfill';

/**
 * The one time module. Instants are `Date`s in UTC; business days are calendar dates
 * (`YYYY-MM-DD`) in a property's time zone; a period is a month (`YYYY-MM`). Calendar arithmetic
 * is Temporal's (month steps clamp: 31 January + 1 month = 28/29 February), never milliseconds.
 */

/** Injected everywhere a rule depends on "now", so tests control time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export class FakeClock implements Clock {
  constructor(private t: number = Date.now()) {}
  now(): Date {
    return new Date(this.t);
  }
  set(at: Date | string): void {
    this.t = new Date(at).getTime();
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/** Where a property has not said otherwise (tenancy's `Property.timeZone` default). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export const MINUTE = 60_000;

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

const plain = (date: string) => Temporal.PlainDate.from(date, { overflow: 'reject' });

/** A real `YYYY-MM-DD` day (not 2026-02-30). */
export function isCalendarDate(v: string): boolean {
  if (!CALENDAR_DATE.test(v)) return false;
  // Plain arithmetic, not Temporal: an import checks tens of thousands of dates.
  const y = Number(v.slice(0, 4));
  const m = Number(v.slice(5, 7));
  const d = Number(v.slice(8, 10));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return m >= 1 && m <= 12 && d >= 1 && d <= days;
}

/** A month `YYYY-MM`. */
export const isPeriod = (p: string): boolean => PERIOD.test(p);

/** The calendar date of an instant in a time zone. */
export function dateIn(at: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

/** Today in a time zone by the given clock — the property's business day. */
export const todayIn = (clock: Clock, timeZone: string): string => dateIn(clock.now(), timeZone);

/**
 * The instant of wall-clock `minuteOfDay` minutes after midnight of `date` in `timeZone`
 * (1440 = the next midnight). A wall time skipped by a DST change moves forward.
 */
export function instantAt(date: string, timeZone: string, minuteOfDay = 0): Date {
  const wall = plain(date).toPlainDateTime().add({ minutes: minuteOfDay });
  return new Date(wall.toZonedDateTime(timeZone).epochMilliseconds);
}

export const addDays = (date: string, days: number): string => plain(date).add({ days }).toString();

/** `months` months after `date`, the day clamped to the month's length. */
export const addMonths = (date: string, months: number): string => plain(date).add({ months }).toString();

/** The instant `months` calendar months after `at` on the wall clock of `timeZone` (clamped). */
export function addMonthsAt(at: Date, months: number, timeZone: string): Date {
  const zoned = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(timeZone);
  return new Date(zoned.add({ months }).epochMilliseconds);
}

/** Whole days from `a` to `b`. */
export const daysBetween = (a: string, b: string): number =>
  plain(a).until(plain(b), { largestUnit: 'days' }).days;

/** Complete months from `a` to `b` (31 January → 28 February is 0, → 1 March is 1). */
export function monthsBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number);
  const [by, bm, bd] = b.split('-').map(Number);
  return (by - ay) * 12 + (bm - am) - (bd < ad ? 1 : 0);
}

/** The month of a date. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** `n` months after a period. */
export function addPeriods(period: string, n: number): string {
  // Month arithmetic on the digits: a dashboard's trends step through thousands of months per
  // request, and the Temporal polyfill's add costs tens of microseconds each.
  const m = PERIOD.exec(period);
  const months = m ? Number(m[1]) * 12 + Number(m[2]) - 1 + n : NaN;
  if (!Number.isInteger(months) || months < 12 || months >= 120_000)
    return Temporal.PlainYearMonth.from(period).add({ months: n }).toString();
  return `${String(Math.floor(months / 12)).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}`;
}

/** A day of a period, clamped to its length (the 30th of February is its last day). */
export function dayOfPeriod(period: string, day: number): string {
  const ym = Temporal.PlainYearMonth.from(period);
  return ym.toPlainDate({ day: Math.min(day, ym.daysInMonth) }).toString();
}

/** First and last calendar day of a period. */
export function periodDays(period: string): { from: string; to: string } {
  const ym = Temporal.PlainYearMonth.from(period);
  return {
    from: ym.toPlainDate({ day: 1 }).toString(),
    to: ym.toPlainDate({ day: ym.daysInMonth }).toString(),
  };
}

/** [start, end) of a period in a time zone, as instants. */
export function periodInstants(period: string, timeZone: string): { from: Date; to: Date } {
  return {
    from: instantAt(`${period}-01`, timeZone),
    to: instantAt(`${addPeriods(period, 1)}-01`, timeZone),
  };
}

/** Day of the week, Monday = 1 … Sunday = 7. */
export const dayOfWeek = (date: string): number => plain(date).dayOfWeek;

/**
 * The `n`-th working day (Monday to Friday) after a local date: Friday + 1 is Monday. Public
 * holidays and the make-up working weekends (调休) are not known here, so they count as usual.
 */
export function addWorkingDays(date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (dayOfWeek(d) <= 5) left--;
  }
  return d;
}

/**
 * Instants from the start of business day `from` to before the start of the day after `to` in
 * `timeZone`, as a `where` condition (either end open); undefined when both are.
 */
export function instantsWithin(
  range: { from?: string | null; to?: string | null },
  timeZone: string,
): { $gte?: Date; $lt?: Date } | undefined {
  if (!range.from && !range.to) return undefined;
  return {
    ...(range.from ? { $gte: instantAt(range.from, timeZone) } : {}),
    ...(range.to ? { $lt: instantAt(addDays(range.to, 1), timeZone) } : {}),
  };
}
