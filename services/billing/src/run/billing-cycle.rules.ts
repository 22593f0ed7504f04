import { addPeriods, dateIn, dayOfPeriod, instantAt, monthOf } from '@pm/time';

/**
 * R-BIL-2: the first start of `day` of a month (property time) strictly after `now`; `day` past a
 * month's end is its last day.
 */
export function nextMonthlyRun(now: Date, timeZone: string, day: number): Date {
  const period = monthOf(dateIn(now, timeZone));
  const thisMonth = instantAt(dayOfPeriod(period, day), timeZone);
  return thisMonth > now ? thisMonth : instantAt(dayOfPeriod(addPeriods(period, 1), day), timeZone);
}

/** The billing period a monthly job is for: the month of its scheduled day, however late it runs. */
export const periodOfRun = (runAt: Date, timeZone: string): string => monthOf(dateIn(runAt, timeZone));
