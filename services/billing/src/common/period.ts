import { addDays, addMonths, addPeriods, dayOfPeriod, instantAt, isPeriod } from '@pm/time';

export interface PeriodWindow {
  /** First local day of the billing month (inclusive). */
  startDate: string;
  /** Local day the billing month ends (exclusive): the boundary day of the period's month. */
  endDate: string;
  startAt: Date;
  endAt: Date;
  /** Due date (R-BIL-3): `dueDay` of the month after the period. */
  dueDate: string;
  /**
   * R-BIL-3: the collection window (集中收缴) opens on this day of the month after the period and
   * closes on the due date; a start day after the due day opens it on the due date.
   */
  collectionOpensOn: string;
  /** Repair charges completed before this instant join this bill (R-TKT-5). */
  repairCutoffAt: Date;
  /**
   * The day the period's payment notices are dated (R-BIL-2): the notice day of the period's month,
   * before its boundary day, whatever day the run happens to be made.
   */
  noticeDate: string;
  /** Local day from which (inclusive) one-off fee charges wait for the next bill (R-BIL-1). */
  cutoffDate: string;
}

/**
 * R-BIL-2: the billing month of period YYYY-MM runs from the boundary day (30th) of the month
 * before to the boundary day of the month; dates are local to the property.
 */
export function periodWindow(
  period: string,
  o: {
    boundaryDay: number;
    dueDay: number;
    repairCutoffDay: number;
    timeZone: string;
    noticeDay: number;
    collectionWindowStartDay: number;
  },
): PeriodWindow {
  if (!isPeriod(period)) throw new RangeError(`bad period ${period}`);
  const startDate = dayOfPeriod(addPeriods(period, -1), o.boundaryDay);
  const endDate = dayOfPeriod(period, o.boundaryDay);
  const cutoff = addDays(dayOfPeriod(period, o.repairCutoffDay), 1);
  // A notice day on or after the boundary day would date the notice in the next billing month.
  const notice = dayOfPeriod(period, o.noticeDay);
  return {
    startDate,
    endDate,
    startAt: instantAt(startDate, o.timeZone),
    endAt: instantAt(endDate, o.timeZone),
    dueDate: dayOfPeriod(addPeriods(period, 1), o.dueDay),
    collectionOpensOn: dayOfPeriod(addPeriods(period, 1), Math.min(o.collectionWindowStartDay, o.dueDay)),
    repairCutoffAt: instantAt(cutoff, o.timeZone),
    cutoffDate: cutoff,
    noticeDate: notice < endDate ? notice : addDays(endDate, -1),
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
