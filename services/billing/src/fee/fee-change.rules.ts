import { addDays, isCalendarDate } from '@pm/time';

/** R-BIL-11: where a fee change stands; it becomes the property's schedule when NOTIFIED. */
export enum FeeChangeStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  NOTIFIED = 'NOTIFIED',
}

/** 第4篇 3.3: a change is approved by the owners' committee or by the price authority. */
export enum FeeApprovalAuthority {
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  PRICE_BUREAU = 'PRICE_BUREAU',
}

type Problem = { field: string; message: string };

/**
 * R-BIL-11: `setFeeSchedule` writes prices directly only for a property's first schedule, or
 * where the company's policy does not ask changes to be approved and announced.
 */
export function directSettingAllowed(hasSchedule: boolean, approvalRequired: boolean): boolean {
  return !hasSchedule || !approvalRequired;
}

/** A proposal takes effect after the day it is made: a price is never changed for days already billed. */
export function proposalProblems(effectiveFrom: string, today: string): Problem[] {
  if (!isCalendarDate(effectiveFrom)) return [{ field: 'effectiveFrom', message: 'YYYY-MM-DD' }];
  return effectiveFrom > today
    ? []
    : [{ field: 'effectiveFrom', message: `a fee change takes effect after today (${today})` }];
}

/**
 * Who may approve (R-BIL-11): anyone but the proposer, named. 'FORBIDDEN' is a separation of
 * duties refusal; the problems are about the change or the approval document.
 */
export function approvalRefusal(
  change: { status: FeeChangeStatus; proposedBy?: string | null },
  approverId: string | null,
  approvalReference: string,
): { forbidden: string } | { problems: Problem[] } | null {
  if (!approverId || approverId === change.proposedBy)
    return { forbidden: 'a fee change is approved by someone other than its proposer (R-BIL-11)' };
  const problems: Problem[] = [];
  if (change.status !== FeeChangeStatus.PROPOSED)
    problems.push({ field: 'id', message: `the fee change is already ${change.status}` });
  const ref = approvalReference.trim();
  if (!ref || ref.length > 200)
    problems.push({
      field: 'approvalReference',
      message: 'the approval document reference (resolution or filing number), up to 200 characters',
    });
  return problems.length ? { problems } : null;
}

/** First day new prices may apply when announced on `noticeDate`. */
export const earliestEffectiveFrom = (noticeDate: string, noticeDays: number): string =>
  addDays(noticeDate, noticeDays);

/**
 * R-BIL-11 (第4篇 3.3 调整前会先通告): a notice is recorded once posted (not after today), only for an
 * approved change, and at least `noticeDays` before the prices apply.
 */
export function noticeProblems(
  change: { status: FeeChangeStatus; effectiveFrom: string },
  noticeDate: string,
  today: string,
  noticeDays: number,
): Problem[] {
  if (change.status === FeeChangeStatus.PROPOSED)
    return [{ field: 'id', message: 'the fee change is not approved yet' }];
  if (change.status !== FeeChangeStatus.APPROVED)
    return [{ field: 'id', message: `the fee change is already ${change.status}` }];
  if (!isCalendarDate(noticeDate)) return [{ field: 'noticeDate', message: 'YYYY-MM-DD' }];
  if (noticeDate > today)
    return [{ field: 'noticeDate', message: `a notice is recorded once posted, by today (${today})` }];
  const earliest = earliestEffectiveFrom(noticeDate, noticeDays);
  if (change.effectiveFrom < earliest)
    return [
      {
        field: 'noticeDate',
        message: `notice too late: prices from ${change.effectiveFrom} must be announced ${noticeDays} days ahead (by ${addDays(change.effectiveFrom, -noticeDays)})`,
      },
    ];
  if (change.effectiveFrom <= today)
    return [
      {
        field: 'noticeDate',
        message: `the effective date ${change.effectiveFrom} has passed: propose it again`,
      },
    ];
  return [];
}
