import { paymentProblems, receiptNumber, receivedOnProblems } from './payment.rules';

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

  it('R-BIL-8 the bank receipt day is a date, not before the payment, not after today', () => {
    expect(receivedOnProblems('2026-12-18', '2026-12-14', '2026-12-20')).toEqual([]);
    expect(receivedOnProblems('2026-12-14', '2026-12-14', '2026-12-14')).toEqual([]);
    expect(receivedOnProblems('2026-12-13', '2026-12-14', '2026-12-20')).toEqual([
      { field: 'receivedOn', message: 'before the payment was made' },
    ]);
    expect(receivedOnProblems('2026-12-21', '2026-12-14', '2026-12-20')).toEqual([
      { field: 'receivedOn', message: 'in the future' },
    ]);
    expect(receivedOnProblems('2026-02-30', '2026-02-01', '2026-12-20')).toEqual([
      { field: 'receivedOn', message: 'YYYY-MM-DD' },
    ]);
  });

  it('R-BIL-8 receipts are numbered per year: RC<year>-<seven digits>', () => {
    expect(receiptNumber(2026, 1)).toBe('RC2026-0000001');
    expect(receiptNumber(2027, 1234567)).toBe('RC2027-1234567');
  });
});
