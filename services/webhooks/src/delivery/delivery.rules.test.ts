import { POLICY_DEFINITIONS } from '@pm/contracts';
import {
  RETRY_POLICY_KEYS,
  RetryPolicy,
  accepted,
  nextAttemptAt,
  retryDelayMs,
  retrySchedule,
} from './delivery.rules';

const defaults = Object.fromEntries(
  Object.entries(RETRY_POLICY_KEYS).map(([k, key]) => [
    k,
    POLICY_DEFINITIONS.find((d) => d.key === key)!.default,
  ]),
) as unknown as RetryPolicy;
const MIN = 60_000;

describe('R-WHK-2 retry schedule', () => {
  it('defaults: 30 s, doubling, at most 6 h, for 24 h', () => {
    expect(defaults).toEqual({ baseSeconds: 30, maxDelayMinutes: 360, windowHours: 24 });
  });

  it('doubles from the base and stops doubling at the longest wait', () => {
    expect([1, 2, 3, 4, 10, 11, 12].map((n) => retryDelayMs(n, defaults) / MIN)).toEqual([
      0.5, 1, 2, 4, 256, 360, 360,
    ]);
  });

  it('with the defaults: 14 attempts over exactly 24 h, the last at the end of the window', () => {
    const s = retrySchedule(defaults).map((ms) => ms / MIN);
    expect(s).toEqual([0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5, 63.5, 127.5, 255.5, 511.5, 871.5, 1231.5, 1440]);
  });

  it('parks after the attempt at the end of the window, and follows a tenant’s own values', () => {
    const start = new Date('2026-12-07T00:00:00Z');
    const end = new Date(start.getTime() + 24 * 60 * MIN);
    expect(nextAttemptAt(defaults, 14, start, end)).toBeNull();
    const fast = { baseSeconds: 1, maxDelayMinutes: 1, windowHours: 1 };
    expect(nextAttemptAt(fast, 1, start, start)).toEqual(new Date(start.getTime() + 1000));
    // 0, 1, 3, 7, 15, 31, 63 s, then a minute apart up to 3543 s, then the end of the hour.
    const s = retrySchedule(fast);
    expect(s.slice(0, 8)).toEqual([0, 1, 3, 7, 15, 31, 63, 123].map((x) => x * 1000));
    expect(s.slice(-2)).toEqual([3543_000, 3600_000]);
    expect(s).toHaveLength(66);
  });

  it('counts only 2xx as delivered (a redirect is not followed)', () => {
    expect([200, 204, 299].every(accepted)).toBe(true);
    expect([0, 199, 301, 302, 400, 410, 500, 503].some(accepted)).toBe(false);
  });
});
