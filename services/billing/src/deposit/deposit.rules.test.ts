import { DepositKind, acceptedLate, assertDeductible, assertRefundable } from './deposit.rules';

const renovation = { kind: DepositKind.RENOVATION, amountFen: 200_000, deductedFen: 0 };

describe('R-BIL-10 deposits', () => {
  it('R-BIL-10 a deduction never takes the deposit below zero, and none after the refund', () => {
    expect(() => assertDeductible(renovation, 200_000)).not.toThrow();
    expect(() => assertDeductible({ ...renovation, deductedFen: 1 }, 200_000)).toThrow(
      /more than the deposit left/,
    );
    expect(() => assertDeductible({ ...renovation, refundedOn: '2027-03-01' }, 1)).toThrow(
      /already refunded/,
    );
  });

  it('R-BIL-10 renovation deposits are refunded from the due date set at acceptance, never with a problem', () => {
    expect(() => assertRefundable(renovation, '2027-03-01')).toThrow(/not accepted yet/);
    const accepted = { ...renovation, refundDueOn: '2027-03-01' };
    expect(() => assertRefundable(accepted, '2027-02-28')).toThrow(/falls due on 2027-03-01/);
    expect(() => assertRefundable(accepted, '2027-03-01')).not.toThrow();
    expect(() => assertRefundable({ ...accepted, problem: 'load-bearing wall' }, '2027-03-01')).toThrow(
      /problem is recorded/,
    );
    expect(() => assertRefundable({ ...accepted, refundedOn: '2027-03-01' }, '2027-03-02')).toThrow(
      /already refunded/,
    );
    // A worker-pass deposit needs no acceptance.
    expect(() =>
      assertRefundable({ ...renovation, kind: DepositKind.WORKER_PASS }, '2026-12-01'),
    ).not.toThrow();
  });

  it('R-BIL-10 an acceptance after its working-day due day is late; on the day or without a due day it is not', () => {
    expect(acceptedLate({ acceptedOn: '2026-12-09', acceptanceDueOn: '2026-12-08' })).toBe(true);
    expect(acceptedLate({ acceptedOn: '2026-12-08', acceptanceDueOn: '2026-12-08' })).toBe(false);
    expect(acceptedLate({ acceptedOn: '2026-12-08', acceptanceDueOn: null })).toBe(false);
    expect(acceptedLate({ acceptedOn: null, acceptanceDueOn: '2026-12-08' })).toBe(false);
  });
});
