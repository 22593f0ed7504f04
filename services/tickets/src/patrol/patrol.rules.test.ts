import { patrolCoverage, weekStartOf } from './patrol.rules';

describe('R-TKT-10 patrol coverage', () => {
  it('weeks start on Monday', () => {
    expect(weekStartOf('2026-12-07')).toBe('2026-12-07'); // Monday
    expect(weekStartOf('2026-12-13')).toBe('2026-12-07'); // Sunday
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
  });

  it('every floor twice a week: counts this week’s check-ins of every checkpoint seen in the last four weeks', () => {
    const round = (plannedFor: string, checkpoints: string[], done: string[]) => ({
      plannedFor,
      checkpoints,
      checkIns: done.map((checkpoint) => ({ checkpoint })),
    });
    const c = patrolCoverage(
      [
        round('2026-11-16', ['1栋1层', '1栋2层', '1栋3层'], ['1栋1层']),
        round('2026-12-07', ['1栋1层', '1栋2层'], ['1栋1层', '1栋2层']),
        round('2026-12-10', ['1栋1层', '1栋2层'], ['1栋1层']),
        round('2026-12-14', ['1栋2层'], ['1栋2层']),
      ],
      '2026-12-07',
      2,
    );
    expect(c.checkpoints).toEqual([
      { checkpoint: '1栋1层', checkIns: 2, met: true },
      { checkpoint: '1栋2层', checkIns: 1, met: false },
      { checkpoint: '1栋3层', checkIns: 0, met: false },
    ]);
    expect(c.uncovered).toEqual(['1栋2层', '1栋3层']);
    expect(c.met).toBe(false);
    expect(patrolCoverage([], '2026-12-07', 2)).toEqual({ checkpoints: [], uncovered: [], met: true });
  });
});
