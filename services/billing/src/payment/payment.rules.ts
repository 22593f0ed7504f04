import { isCalendarDate } from '@pm/time';

export enum PaymentStatus {
  POSTED = 'POSTED',
  REVERSED = 'REVERSED',
}

/** How far ahead of the server's clock a bank's payment time may be (clock skew). */
const FUTURE_SKEW_MS = 5 * 60_000;

/** The problems of a payment as entered; none means it may be recorded. */
export function paymentProblems(
  i: { amountFen: number; paidAt: Date; idempotencyKey: string },
  now: Date,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!Number.isSafeInteger(i.amountFen) || i.amountFen <= 0)
    problems.push({ field: 'amountFen', message: 'a positive whole number of fen' });
  if (!(i.paidAt instanceof Date) || Number.isNaN(i.paidAt.getTime()))
    problems.push({ field: 'paidAt', message: 'a date-time' });
  else if (i.paidAt.getTime() > now.getTime() + FUTURE_SKEW_MS)
    problems.push({ field: 'paidAt', message: 'in the future' });
  const key = i.idempotencyKey?.trim() ?? '';
  if (!key || key.length > 200) problems.push({ field: 'idempotencyKey', message: '1..200 characters' });
  return problems;
}

/**
 * R-BIL-8: the day a payment counts from is the day its bank receipt (银行回单) reached the company,
 * not the day it is entered; the day the customer paid when no receipt date is given (the counter).
 * A receipt cannot arrive before the payment was made, nor after today.
 */
export function receivedOnProblems(
  receivedOn: string,
  paidOn: string,
  today: string,
): { field: string; message: string }[] {
  if (!isCalendarDate(receivedOn)) return [{ field: 'receivedOn', message: 'YYYY-MM-DD' }];
  if (receivedOn < paidOn) return [{ field: 'receivedOn', message: 'before the payment was made' }];
  if (receivedOn > today) return [{ field: 'receivedOn', message: 'in the future' }];
  return [];
}

/** Receipt numbers run per tenant and year: RC2026-0000001. */
export const receiptNumber = (year: number, seq: number) => `RC${year}-${String(seq).padStart(7, '0')}`;
