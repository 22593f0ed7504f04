import { describeLine } from '../bill/bill.rules';
import { DEFAULT_FEES, feeScheduleProblems, renovationManagementCharge } from './fee-schedule.rules';

describe('R-BIL-1 fee items of the price list', () => {
  it('R-BIL-1 the renovation management fee is area × price, rounded half up once; none when the price list has no price', () => {
    expect(renovationManagementCharge(88.5, 500)).toEqual({
      quantity: 88.5,
      unitPriceFen: 500,
      amountFen: 44250,
    });
    expect(renovationManagementCharge(80.55, 250)?.amountFen).toBe(20138);
    expect(renovationManagementCharge(88.5, 0)).toBeNull();
    expect(renovationManagementCharge(0, 500)).toBeNull();
  });

  it('R-BIL-1 air-conditioning and renovation management prices are checked like the others; by default they are not charged', () => {
    expect(DEFAULT_FEES.airConditioningFenPerSqm).toBe(0);
    expect(DEFAULT_FEES.renovationManagementFenPerSqm).toBe(0);
    const ok = { ...DEFAULT_FEES, effectiveFrom: '2026-12-01' };
    expect(feeScheduleProblems(ok)).toEqual([]);
    expect(
      feeScheduleProblems({ ...ok, airConditioningFenPerSqm: -1, renovationManagementFenPerSqm: 1.5 }),
    ).toEqual([
      { field: 'airConditioningFenPerSqm', message: 'a non-negative whole number of fen' },
      { field: 'renovationManagementFenPerSqm', message: 'a non-negative whole number of fen' },
    ]);
  });

  it('R-BIL-1 air-conditioning and renovation management lines say area × price', () => {
    const line = { ticketId: null, quantity: 88.5, unitPriceFen: 300 };
    expect(describeLine({ ...line, kind: 'AIR_CONDITIONING', label: 'Air-conditioning fee' })).toBe(
      'Air-conditioning fee 88.5 m² × 300 fen',
    );
    expect(describeLine({ ...line, kind: 'RENOVATION_MANAGEMENT', label: 'Renovation management fee' })).toBe(
      'Renovation management fee 88.5 m² × 300 fen',
    );
  });
});
