import { nextCompletenessCheck } from './archive.rules';

const tz = 'Asia/Shanghai';

describe('R-ARC-4 monthly completeness check date', () => {
  it('this month’s day when still ahead, in the property’s time zone', () => {
    expect(nextCompletenessCheck(new Date('2027-03-07T16:30:00Z'), tz, 10).toISOString()).toBe(
      '2027-03-09T16:00:00.000Z',
    );
  });

  it('next month’s day once this month’s has begun (the run itself re-arms a month on)', () => {
    // 16:00 UTC on 9 March is 00:00 of the 10th in Shanghai: that check is now, the next is April's.
    expect(nextCompletenessCheck(new Date('2027-03-09T16:00:00Z'), tz, 10).toISOString()).toBe(
      '2027-04-09T16:00:00.000Z',
    );
  });

  it('crosses the year end by the property’s date, not UTC’s', () => {
    // 31 December 15:30 UTC is 23:30 in Shanghai: January's check is half an hour away.
    expect(nextCompletenessCheck(new Date('2026-12-31T15:30:00Z'), tz, 1).toISOString()).toBe(
      '2026-12-31T16:00:00.000Z',
    );
    expect(nextCompletenessCheck(new Date('2026-12-31T16:00:00Z'), tz, 1).toISOString()).toBe(
      '2027-01-31T16:00:00.000Z',
    );
    expect(nextCompletenessCheck(new Date('2026-12-31T15:30:00Z'), 'UTC', 1).toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
  });

  it('a day past the month’s end is its last day: 29 February in a leap year, 28th otherwise', () => {
    expect(nextCompletenessCheck(new Date('2028-02-01T00:00:00Z'), 'UTC', 31).toISOString()).toBe(
      '2028-02-29T00:00:00.000Z',
    );
    expect(nextCompletenessCheck(new Date('2027-02-01T00:00:00Z'), 'UTC', 31).toISOString()).toBe(
      '2027-02-28T00:00:00.000Z',
    );
    expect(nextCompletenessCheck(new Date('2028-02-29T04:00:00Z'), tz, 28).toISOString()).toBe(
      '2028-03-27T16:00:00.000Z',
    );
  });
});
