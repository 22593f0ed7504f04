import { addDays } from '@pm/time';

/** R-BIL-6: who carries each round and how (the list length of the policy is the round count). */
const DUNNING_ROUNDS = [
  { round: 1, responsibleRole: 'PROPERTY_ASSISTANT', method: 'BY_HAND_SIGNED_RECEIPT' },
  { round: 2, responsibleRole: 'CS_SUPERVISOR', method: 'VISIT' },
  // The customer-service head: no staff role of its own, named as a string.
  { round: 3, responsibleRole: 'CS_HEAD', method: 'IN_WRITING' },
];

/**
 * Pure schedule: round 1 `intervals[0]` days after the payment notice (never before the day
 * after the due date), each later round `intervals[k]` days after the previous one.
 */
export function dunningSchedule(issuedOn: string, dueDate: string, intervals: number[]): string[] {
  const first = addDays(issuedOn, intervals[0]);
  const dayAfterDue = addDays(dueDate, 1);
  const out = [first > dayAfterDue ? first : dayAfterDue];
  for (const gap of intervals.slice(1)) out.push(addDays(out[out.length - 1], gap));
  return out;
}

export interface DueRound {
  round: number;
  scheduledOn: string;
  responsibleRole: string;
  method: string;
}

/** The rounds of an unpaid bill due by `asOf` (none before the due date has passed). */
export function roundsDue(
  bill: { issuedOn: string; dueDate: string },
  intervals: number[],
  asOf: string,
): DueRound[] {
  if (!intervals.length || bill.dueDate >= asOf) return [];
  return dunningSchedule(bill.issuedOn, bill.dueDate, intervals)
    .map((scheduledOn, i) => {
      const who = DUNNING_ROUNDS[Math.min(i, DUNNING_ROUNDS.length - 1)];
      return { round: i + 1, scheduledOn, responsibleRole: who.responsibleRole, method: who.method };
    })
    .filter((r) => r.scheduledOn <= asOf);
}

/** R-DOC-3: where a round's notice stands on a day. */
export enum DunningNoticeStatus {
  VALID = 'VALID',
  DELIVERED = 'DELIVERED',
  EXPIRED = 'EXPIRED',
}

/** R-DOC-3 (第4篇 3.4.3): a notice is valid through its date plus the policy's days. */
export const noticeValidUntil = (noticeDate: string, validDays: number): string =>
  addDays(noticeDate, validDays);

/** A notice not delivered by the end of its validity is expired: it is reissued, not delivered. */
export function noticeStatus(deliveredAt: Date | null | undefined, validUntil: string, today: string) {
  if (deliveredAt) return DunningNoticeStatus.DELIVERED;
  return today > validUntil ? DunningNoticeStatus.EXPIRED : DunningNoticeStatus.VALID;
}

/**
 * R-DOC-3: a delivery counts only by the notice's last valid day. No lower bound: a run may make
 * rounds ahead of their day (runDunning with a later asOf), and they are delivered when made.
 */
export function deliveryProblems(validUntil: string, deliveredOn: string) {
  return deliveredOn > validUntil
    ? [{ field: 'deliveredAt', message: `notice expired on ${validUntil}, reissue it (R-DOC-3)` }]
    : [];
}

/** R-DOC-3: only an expired notice of a bill still owed is reissued; its new date is today. */
export function reissueProblems(status: DunningNoticeStatus, validUntil: string, billPaid: boolean) {
  if (billPaid) return [{ field: 'roundId', message: 'the bill is paid' }];
  if (status === DunningNoticeStatus.DELIVERED)
    return [{ field: 'roundId', message: 'the notice was delivered' }];
  if (status === DunningNoticeStatus.VALID)
    return [{ field: 'roundId', message: `the notice is valid until ${validUntil}` }];
  return [];
}
