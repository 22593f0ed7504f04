import { nextMonthlyRun, periodOfRun } from './billing-cycle.rules';

describe('R-BIL-2 the monthly billing cycle', () => {
  const tz = 'Asia/Shanghai';
  it('R-BIL-2 the next run is the start of the day in the property zone, this month if still ahead', () => {
    // 2026-11-24 23:00 Shanghai: the 25th of this month is ahead.
    expect(nextMonthlyRun(new Date('2026-11-24T15:00:00Z'), tz, 25).toISOString()).toBe(
      '2026-11-24T16:00:00.000Z',
    );
    // At that very instant it is taken: the next one is December's.
    expect(nextMonthlyRun(new Date('2026-11-24T16:00:00Z'), tz, 25).toISOString()).toBe(
      '2026-12-24T16:00:00.000Z',
    );
    // 2026-12-31 15:30Z is already 2027-01-01 in Shanghai.
    expect(nextMonthlyRun(new Date('2026-12-31T15:30:00Z'), tz, 28).toISOString()).toBe(
      '2027-01-27T16:00:00.000Z',
    );
    // The 30th of February is its last day.
    expect(nextMonthlyRun(new Date('2028-02-01T00:00:00Z'), 'UTC', 30).toISOString()).toBe(
      '2028-02-29T00:00:00.000Z',
    );
  });

  it('R-BIL-2 a run made late still bills the period it was scheduled for', () => {
    expect(periodOfRun(new Date('2026-11-27T16:00:00Z'), tz)).toBe('2026-11');
    expect(periodOfRun(new Date('2026-11-27T16:00:00Z'), 'UTC')).toBe('2026-11');
    expect(periodOfRun(new Date('2026-11-30T16:00:00Z'), tz)).toBe('2026-12');
  });
});
