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

/** Receipt numbers run per tenant and year: RC2026-0000001. */
export const receiptNumber = (year: number, seq: number) => `RC${year}-${String(seq).padStart(7, '0')}`;
