import { agreedBillPayer } from './fee-payer.rules';

describe('R-CUS-8 the agreed fee payer of a sublet unit', () => {
  it('R-CUS-8 the bill goes to whoever the lease names for the management fee', () => {
    expect(
      agreedBillPayer([
        { feeItem: 'MANAGEMENT', payer: 'LESSEE' },
        { feeItem: 'WATER', payer: 'OWNER' },
      ]),
    ).toBe('LESSEE');
    expect(
      agreedBillPayer([
        { feeItem: 'management', payer: 'OWNER' },
        { feeItem: 'WATER', payer: 'LESSEE' },
      ]),
    ).toBe('OWNER');
    expect(agreedBillPayer([{ feeItem: '物业管理费', payer: 'LESSEE' }])).toBe('LESSEE');
  });

  it('R-CUS-8 without a management-fee item: the lessee only when it pays every item listed, else the owner', () => {
    expect(
      agreedBillPayer([
        { feeItem: 'WATER', payer: 'LESSEE' },
        { feeItem: 'ELECTRICITY', payer: 'LESSEE' },
      ]),
    ).toBe('LESSEE');
    expect(
      agreedBillPayer([
        { feeItem: 'WATER', payer: 'LESSEE' },
        { feeItem: 'GAS', payer: 'OWNER' },
      ]),
    ).toBe('OWNER');
    expect(agreedBillPayer([])).toBe('OWNER');
  });
});
