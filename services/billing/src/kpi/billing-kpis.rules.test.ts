import { byStage, collectionRate } from './billing-kpis.rules';

describe('R-KPI-8 fee collection', () => {
  it('R-KPI-8 the collection rate is collected / billed, 0 when nothing was billed', () => {
    expect(collectionRate(0, 0)).toBe(0);
    expect(collectionRate(40_000, 10_000)).toBe(0.25);
    expect(collectionRate(100, 100)).toBe(1);
  });

  it('R-BIL-7 arrears per stage: customers counted and overdue fen summed', () => {
    expect(
      byStage([
        { stage: 'MEDIATION', overdueFen: 100 },
        { stage: 'LEGAL', overdueFen: 5 },
        { stage: 'MEDIATION', overdueFen: 50 },
      ]),
    ).toEqual([
      { stage: 'MEDIATION', customers: 2, overdueFen: 150 },
      { stage: 'LEGAL', customers: 1, overdueFen: 5 },
    ]);
    expect(byStage([])).toEqual([]);
  });
});
