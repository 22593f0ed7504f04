import { planProblems, planStatus } from './visit-plan.rules';

describe('R-KPI-9 tenant visit plan', () => {
  it('names each tenant once, in a month of the plan’s year', () => {
    expect(planProblems(2027, [{ customerId: 'a', plannedMonth: '2027-03' }])).toEqual([]);
    expect(
      planProblems(2027, [
        { customerId: 'a', plannedMonth: '2027-03' },
        { customerId: 'a', plannedMonth: '2026-12' },
      ]).map((p) => p.field),
    ).toEqual(['entries', 'plannedMonth']);
    expect(planProblems(2027, []).map((p) => p.field)).toEqual(['entries']);
    expect(planProblems(1999, [{ customerId: 'a', plannedMonth: '1999-13' }]).map((p) => p.field)).toEqual([
      'year',
      'plannedMonth',
    ]);
  });

  it('counts visits made, planned months passed without a visit, and current tenants left off the plan', () => {
    const entries = [
      { customerId: 'a', plannedMonth: '2027-01', visitedOn: '2027-01-20' },
      { customerId: 'b', plannedMonth: '2027-02', visitedOn: null },
      { customerId: 'c', plannedMonth: '2027-03', visitedOn: null },
    ];
    expect(planStatus(entries, ['d', 'a', 'b', 'c', 'd'], '2027-03-31')).toEqual({
      planned: 3,
      visited: 1,
      overdue: 1,
      unplanned: ['d'],
    });
    // The month a visit is planned for is not overdue until it has passed.
    expect(planStatus(entries, [], '2027-02-28').overdue).toBe(0);
  });
});
