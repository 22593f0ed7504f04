import { isCalendarDate } from '@pm/time';
import { DateScalar } from './scalars';
import { RateLimiter } from './rate-limit';
import { decodePage, toConnection } from './connection';

describe('Date scalar', () => {
  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(() => DateScalar.parseValue('2026-11-27T00:00:00Z')).toThrow(/YYYY-MM-DD/);
  });
});

describe('rate limiter', () => {
  it('allows a burst then refills', () => {
    const r = new RateLimiter(2, 1);
    expect([r.take('ip', 0), r.take('ip', 0), r.take('ip', 0)]).toEqual([true, true, false]);
    expect(r.take('ip', 1000)).toBe(true);
    expect(r.take('other', 0)).toBe(true);
  });
});

describe('connections', () => {
  it('pages by cursor and rejects foreign cursors', () => {
    const rows = [
      '0190a1b2-0000-7000-8000-000000000001',
      '0190a1b2-0000-7000-8000-000000000002',
      '0190a1b2-0000-7000-8000-000000000003',
    ].map((id) => ({ id }));
    const c = toConnection(rows, 2, 3);
    expect(c.pageInfo.hasNextPage).toBe(true);
    expect(decodePage({ first: 2, after: c.pageInfo.endCursor })).toEqual({ limit: 2, afterId: rows[1].id });
    expect(() => decodePage({ after: 'garbage' })).toThrow(/cursor/);
    expect(() => decodePage({ first: 0 })).toThrow(/first/);
  });
});
