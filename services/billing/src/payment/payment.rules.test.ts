import { paymentProblems, receiptNumber } from './payment.rules';

const now = new Date('2026-11-27T04:00:00Z');
const ok = { amountFen: 100, paidAt: new Date('2026-11-27T03:00:00Z'), idempotencyKey: 'k' };

describe('R-BIL-8 a payment as entered', () => {
  it('R-BIL-8 takes whole positive fen, a time not ahead of the clock, a key of 1..200 characters', () => {
    expect(paymentProblems(ok, now)).toEqual([]);
    expect(paymentProblems({ ...ok, amountFen: 0 }, now).map((p) => p.field)).toEqual(['amountFen']);
    expect(paymentProblems({ ...ok, amountFen: 1.5 }, now).map((p) => p.field)).toEqual(['amountFen']);
    expect(paymentProblems({ ...ok, paidAt: new Date('2026-11-27T04:04:00Z') }, now)).toEqual([]);
    expect(paymentProblems({ ...ok, paidAt: new Date('2026-11-27T04:06:00Z') }, now)).toEqual([
      { field: 'paidAt', message: 'in the future' },
    ]);
    expect(paymentProblems({ ...ok, paidAt: new Date('x') }, now).map((p) => p.field)).toEqual(['paidAt']);
    expect(paymentProblems({ ...ok, idempotencyKey: '  ' }, now).map((p) => p.field)).toEqual([
      'idempotencyKey',
    ]);
    expect(paymentProblems({ ...ok, idempotencyKey: 'k'.repeat(201) }, now).map((p) => p.field)).toEqual([
      'idempotencyKey',
    ]);
  });

  it('R-BIL-8 receipts are numbered per year: RC<year>-<seven digits>', () => {
    expect(receiptNumber(2026, 1)).toBe('RC2026-0000001');
    expect(receiptNumber(2027, 1234567)).toBe('RC2027-1234567');
  });
});
