import { addDays } from '@pm/time';

export interface Problem {
  field: string;
  message: string;
}

/** R-CUS-6: apply N days ahead (policy moveOutNoticeDays); a lessee needs the owner's signed consent. */
export function moveOutProblems(o: {
  kind: string;
  plannedDate: string;
  today: string;
  noticeDays: number;
  ownerConsent: boolean;
  consentRequired: boolean;
}): Problem[] {
  const p: Problem[] = [];
  const earliest = addDays(o.today, o.noticeDays);
  if (o.plannedDate < earliest)
    p.push({
      field: 'plannedDate',
      message: `apply at least ${o.noticeDays} days ahead: ${earliest} or later (R-CUS-6)`,
    });
  if (o.kind === 'LESSEE' && o.consentRequired && !o.ownerConsent)
    p.push({ field: 'ownerConsent', message: 'a lessee needs the owner’s signed consent (R-CUS-6)' });
  return p;
}

/** `RP-2026-000123`: per tenant and year, from a counter row. */
export const releasePassNumber = (year: number, n: number) => `RP-${year}-${String(n).padStart(6, '0')}`;

export const blockedReason = (amountOwedFen: number, monthsOwed: number) =>
  `arrears of ${amountOwedFen} fen over ${monthsOwed} month(s): settle before the release pass (R-BIL-9)`;

export const GOODS_MAX = 500;

export type PassRefusal = 'NOT_FOUND' | 'NOT_CLEARED' | 'NOT_YET_VALID' | 'EXPIRED';

/**
 * R-DOC-4 at the gate: a pass is good on its valid days only, and only once billing cleared the
 * request (R-BIL-9); `validDays` counts from the planned moving day (1 = that day only).
 */
export function passValidity(o: {
  status: string;
  releasePassNumber?: string | null;
  plannedDate: string;
  validDays: number;
  today: string;
}): { valid: boolean; reason?: PassRefusal; validFrom: string; validUntil: string } {
  const validFrom = o.plannedDate;
  const validUntil = addDays(o.plannedDate, Math.max(1, o.validDays) - 1);
  const refuse = (reason: PassRefusal) => ({ valid: false, reason, validFrom, validUntil });
  if (o.status !== 'CLEARED' || !o.releasePassNumber) return refuse('NOT_CLEARED');
  if (o.today < validFrom) return refuse('NOT_YET_VALID');
  if (o.today > validUntil) return refuse('EXPIRED');
  return { valid: true, validFrom, validUntil };
}

/** R-CUS-7: every item the old owner returns before the transfer completes. */
export const TRANSFER_RETURNS = ['COVENANT', 'MANUALS', 'ACCESS_CARDS', 'PARKING_CARDS'] as const;

/**
 * R-CUS-7: a transfer completes once billing cleared the old owner (fees settled), everything was
 * returned, the old owner's archive was kept or sent for destruction, and the buyer is known.
 */
export function transferCompletionProblems(t: {
  cleared: boolean;
  returned: readonly string[];
  archiveDecision?: string | null;
  newOwnerId?: string | null;
}): Problem[] {
  const p: Problem[] = [];
  if (!t.cleared) p.push({ field: 'clearance', message: 'billing has not cleared the old owner (R-BIL-9)' });
  const missing = TRANSFER_RETURNS.filter((i) => !t.returned.includes(i));
  if (missing.length) p.push({ field: 'returns', message: `not returned yet: ${missing.join(', ')}` });
  if (!t.archiveDecision)
    p.push({ field: 'archiveDecision', message: 'keep or destroy the old owner’s archive' });
  if (!t.newOwnerId) p.push({ field: 'newOwnerId', message: 'the new owner is registered first' });
  return p;
}

/** Items recorded once: a later record of an item already returned keeps the first. */
export function withReturned<T extends { item: string }>(
  recorded: readonly T[],
  items: readonly string[],
  make: (item: string) => T,
): T[] {
  const have = new Set(recorded.map((r) => r.item));
  return [...recorded, ...[...new Set(items)].filter((i) => !have.has(i)).map(make)];
}
