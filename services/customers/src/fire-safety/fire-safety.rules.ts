import { addDays, addMonths, dateIn, dayOfWeek, instantAt, monthOf } from '@pm/time';

export type InspectionFrequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'YEARLY';

/**
 * R-CUS-9: the inspection cycle a date falls in under the policy's frequency: its label
 * (`period`) and the first day of the next cycle, when the next inspection is created.
 * Weeks start on Monday; quarters in January, April, July and October.
 */
export function inspectionCycle(
  date: string,
  frequency: InspectionFrequency,
): { period: string; nextStart: string } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (frequency) {
    case 'DAILY':
      return { period: date, nextStart: addDays(date, 1) };
    case 'WEEKLY': {
      const monday = addDays(date, 1 - dayOfWeek(date));
      return { period: monday, nextStart: addDays(monday, 7) };
    }
    case 'MONTHLY':
      return { period: monthOf(date), nextStart: addMonths(`${monthOf(date)}-01`, 1) };
    case 'QUARTERLY': {
      const q = Math.floor((month - 1) / 3);
      const start = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
      return { period: `${year}-Q${q + 1}`, nextStart: addMonths(start, 3) };
    }
    case 'YEARLY':
      return { period: String(year), nextStart: `${year + 1}-01-01` };
  }
}

/** When the next inspection is created: 00:00 (property time) of the next cycle's first day after `at`. */
export function nextInspectionRun(at: Date, timeZone: string, frequency: InspectionFrequency): Date {
  return instantAt(inspectionCycle(dateIn(at, timeZone), frequency).nextStart, timeZone);
}
