import { BillStatus, billStatusOf, describeLine } from './bill.rules';

describe('bill rules', () => {
  it('R-BIL-8 a bill is ISSUED until something is paid, PARTIALLY_PAID, then PAID at its total', () => {
    expect(billStatusOf(0, 1000)).toBe(BillStatus.ISSUED);
    expect(billStatusOf(1, 1000)).toBe(BillStatus.PARTIALLY_PAID);
    expect(billStatusOf(1000, 1000)).toBe(BillStatus.PAID);
    // A bill of 0 fen (no fee items) is paid as issued.
    expect(billStatusOf(0, 0)).toBe(BillStatus.PAID);
  });

  it('R-BIL-1 a line says what its amount was made of; a repair line names its ticket (R-TKT-5)', () => {
    const line = { quantity: null, unitPriceFen: null, ticketId: null };
    expect(
      describeLine({
        ...line,
        kind: 'MANAGEMENT',
        label: 'Management fee',
        quantity: 80.55,
        unitPriceFen: 250,
      }),
    ).toBe('Management fee 80.55 m² × 250 fen');
    expect(describeLine({ ...line, kind: 'WATER', label: 'Water', quantity: 12.5, unitPriceFen: 350 })).toBe(
      'Water 12.5 × 350 fen',
    );
    expect(describeLine({ ...line, kind: 'REPAIR', label: 'Paid repair', ticketId: 't-1' })).toBe(
      'Paid repair, ticket t-1',
    );
    expect(describeLine({ ...line, kind: 'REPAIR', label: 'Paid repair' })).toBe('Paid repair');
  });
});
