import { inspectionCycle, nextInspectionRun } from './fire-safety.rules';

const tz = 'Asia/Shanghai';

describe('R-CUS-9 fire-safety inspection cycle', () => {
  it('monthly: the month, and the 1st of the next (across a year end and after 29 February)', () => {
    expect(inspectionCycle('2026-12-31', 'MONTHLY')).toEqual({ period: '2026-12', nextStart: '2027-01-01' });
    expect(inspectionCycle('2028-02-29', 'MONTHLY')).toEqual({ period: '2028-02', nextStart: '2028-03-01' });
    expect(inspectionCycle('2027-01-31', 'MONTHLY')).toEqual({ period: '2027-01', nextStart: '2027-02-01' });
  });

  it('daily, weekly (from Monday), quarterly and yearly cycles', () => {
    expect(inspectionCycle('2028-02-28', 'DAILY')).toEqual({ period: '2028-02-28', nextStart: '2028-02-29' });
    // 2027-03-07 is a Sunday: its week began on Monday 1 March.
    expect(inspectionCycle('2027-03-07', 'WEEKLY')).toEqual({
      period: '2027-03-01',
      nextStart: '2027-03-08',
    });
    expect(inspectionCycle('2028-02-29', 'QUARTERLY')).toEqual({
      period: '2028-Q1',
      nextStart: '2028-04-01',
    });
    expect(inspectionCycle('2026-12-31', 'QUARTERLY')).toEqual({
      period: '2026-Q4',
      nextStart: '2027-01-01',
    });
    expect(inspectionCycle('2028-02-29', 'YEARLY')).toEqual({ period: '2028', nextStart: '2029-01-01' });
  });

  it('the next run is midnight of the next cycle in the property’s time zone, not UTC', () => {
    // 15:30 UTC on 31 December is 23:30 in Shanghai: January's inspection half an hour later.
    expect(nextInspectionRun(new Date('2026-12-31T15:30:00Z'), tz, 'MONTHLY').toISOString()).toBe(
      '2026-12-31T16:00:00.000Z',
    );
    expect(nextInspectionRun(new Date('2026-12-31T16:00:00Z'), tz, 'MONTHLY').toISOString()).toBe(
      '2027-01-31T16:00:00.000Z',
    );
    expect(nextInspectionRun(new Date('2026-12-31T15:30:00Z'), 'UTC', 'MONTHLY').toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
    expect(nextInspectionRun(new Date('2028-02-29T04:00:00Z'), tz, 'MONTHLY').toISOString()).toBe(
      '2028-02-29T16:00:00.000Z',
    );
  });
});
