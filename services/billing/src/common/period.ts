import { dateOfDay, dayNumber } from './money';
import { instantAt } from '@pm/contracts';

export const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isPeriod = (p: string) => PERIOD.test(p);

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A day of month clamped to the month's length (the 30th of February is its last day). */
function dayIn(y: number, m: number, day: number): string {
  const d = Math.min(day, lastDay(y, m));
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function shift(y: number, m: number, by: number): [number, number] {
  const i = y * 12 + (m - 1) + by;
  return [Math.floor(i / 12), (i % 12) + 1];
}

export interface PeriodWindow {
  /** First local day of the billing month (inclusive). */
  startDate: string;
  /** Local day the billing month ends (exclusive): the boundary day of the period's month. */
  endDate: string;
  startAt: Date;
  endAt: Date;
  /** Due date (R-BIL-3): `dueDay` of the month after the period. */
  dueDate: string;
  /** Repair charges completed before this instant join this bill (R-TKT-5). */
  repairCutoffAt: Date;
}

/**
 * R-BIL-2: the billing month of period YYYY-MM runs from the boundary day (30th) of the month
 * before to the boundary day of the month; dates are local to the property.
 */
export function periodWindow(
  period: string,
  o: { boundaryDay: number; dueDay: number; repairCutoffDay: number; timeZone: string },
): PeriodWindow {
  const m = PERIOD.exec(period);
  if (!m) throw new RangeError(`bad period ${period}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const [py, pm] = shift(y, mo, -1);
  const [ny, nm] = shift(y, mo, 1);
  const startDate = dayIn(py, pm, o.boundaryDay);
  const endDate = dayIn(y, mo, o.boundaryDay);
  const cutoff = dateOfDay(dayNumber(dayIn(y, mo, o.repairCutoffDay)) + 1);
  return {
    startDate,
    endDate,
    startAt: instantAt(startDate, 0, o.timeZone),
    endAt: instantAt(endDate, 0, o.timeZone),
    dueDate: dayIn(ny, nm, o.dueDay),
    repairCutoffAt: instantAt(cutoff, 0, o.timeZone),
  };
}

/** Complete months from a due date to asOf (R-BIL-7 ageing): 2026-01-15 → 2026-03-15 is 2. */
export function monthsOverdue(dueDate: string, asOf: string): number {
  if (asOf <= dueDate) return 0;
  const [ay, am, ad] = dueDate.split('-').map(Number);
  const [by, bm, bd] = asOf.split('-').map(Number);
  return Math.max(0, (by - ay) * 12 + (bm - am) - (bd < ad ? 1 : 0));
}

export type ArrearsStage = 'OVERDUE' | 'ARREARS' | 'MEDIATION' | 'PUBLIC_LISTING' | 'LEGAL';

export interface ArrearsThresholds {
  arrearsOverMonths: number;
  mediationMaxMonths: number;
  publicListingOverMonths: number;
  courtActionMinMonths: number;
}

/** The date `months` months after `date` (day clamped to the month's length). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const [ny, nm] = shift(y, m, months);
  return dayIn(ny, nm, d);
}

/** asOf is more than `n` months after `from`. */
const moreThanMonths = (from: string, asOf: string, n: number) => asOf > addMonths(from, n);
/** asOf is at least `n` months after `from`. */
const atLeastMonths = (from: string, asOf: string, n: number) => asOf >= addMonths(from, n);

/**
 * R-BIL-7 ageing from the oldest unpaid due date: > 1 month = in arrears; up to 2 months
 * leadership mediates; > 2 months listed publicly; ≥ 3 months court action (LEGAL).
 */
export function arrearsStage(oldestDue: string, asOf: string, t: ArrearsThresholds): ArrearsStage {
  if (atLeastMonths(oldestDue, asOf, t.courtActionMinMonths)) return 'LEGAL';
  if (moreThanMonths(oldestDue, asOf, t.publicListingOverMonths)) return 'PUBLIC_LISTING';
  if (moreThanMonths(oldestDue, asOf, t.arrearsOverMonths))
    return moreThanMonths(oldestDue, asOf, t.mediationMaxMonths) ? 'ARREARS' : 'MEDIATION';
  return 'OVERDUE';
}
