import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatFen,
  fenToYuan,
  formatPercent,
  type KpiComparison,
  kpiLight,
  lastMonths,
  parseYuan,
  periodOf,
  slaLight,
  timeLeft,
  todayIn,
  addDays,
  occupiesOn,
} from './format';

// Fixed instants only: the results must not depend on the day or the machine's zone.
describe('money in fen', () => {
  it('prints yuan with the ¥ sign and grouping in zh-CN and en, never raw fen', () => {
    expect(formatFen(123456, 'zh-CN')).toBe('¥1,234.56');
    expect(formatFen(123456, 'en')).toBe('¥1,234.56');
    expect(formatFen(5, 'zh-CN')).toBe('¥0.05');
    expect(formatFen(0, 'en')).toBe('¥0.00');
    expect(formatFen(-9900, 'zh-CN')).toBe('-¥99.00');
    expect(formatFen(9_007_199_254_740_991, 'en')).toBe('¥90,071,992,547,409.91');
  });
});

describe('amounts typed in yuan', () => {
  it('become whole fen exactly', () => {
    expect(parseYuan('1,234.56')).toBe(123456);
    expect(parseYuan('¥30')).toBe(3000);
    expect(parseYuan('0.1')).toBe(10);
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(parseYuan('0.29')).toBe(29);
  });

  it('refuse what is not an amount', () => {
    for (const bad of ['', 'abc', '1.234', '-5', '1e3']) expect(parseYuan(bad)).toBeUndefined();
  });

  it('are pre-filled from fen with two decimals and read back to the same fen', () => {
    expect(fenToYuan(250)).toBe('2.50');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(0)).toBe('0.00');
    expect(fenToYuan(-9900)).toBe('-99.00');
    for (const fen of [0, 1, 29, 250, 123456, 9_007_199_254_740_991])
      expect(parseYuan(fenToYuan(fen))).toBe(fen);
  });
});

describe('dates', () => {
  it('prints an instant in the property’s zone, not the machine’s', () => {
    // 23:30 on 31 December in Shanghai is still the 31st at 15:30 in UTC.
    expect(formatDateTime('2026-12-31T15:30:00Z', 'zh-CN')).toBe('2026/12/31 23:30');
    expect(formatDateTime('2026-12-31T15:30:00Z', 'en')).toBe('12/31/2026, 23:30');
    expect(formatDateTime('2027-03-07T16:30:00Z', 'zh-CN')).toBe('2027/03/08 00:30');
  });

  it('prints a business date as the calendar day it names', () => {
    expect(formatDate('2028-02-29', 'zh-CN')).toBe('2028年2月29日');
    expect(formatDate('2028-02-29', 'en')).toBe('Feb 29, 2028');
  });

  it('names the month of an instant in Shanghai', () => {
    expect(periodOf(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01');
    expect(periodOf(new Date('2026-12-31T15:30:00Z'))).toBe('2026-12');
  });

  it('lists the months back from one, across a year end', () => {
    expect(lastMonths('2027-01', 3)).toEqual(['2027-01', '2026-12', '2026-11']);
    expect(lastMonths('2028-02')).toHaveLength(12);
  });

  it('prints rates as percent, and a missing rate as a dash', () => {
    expect(formatPercent(0.9234, 'zh-CN')).toBe('92.3%');
    expect(formatPercent(null, 'en')).toBe('—');
  });
});

describe('KPI lights against the policy target', () => {
  it('is green when met, amber when a little short, red beyond', () => {
    const at = (value: number | null, target: number, comparison: KpiComparison, met: boolean | null) =>
      kpiLight({ value, target, comparison, met });
    expect(at(0.92, 0.9, 'AT_LEAST', true)).toBe('green');
    expect(at(0.85, 0.9, 'AT_LEAST', false)).toBe('amber');
    expect(at(0.7, 0.9, 'AT_LEAST', false)).toBe('red');
    expect(at(0.04, 0.05, 'AT_MOST', true)).toBe('green');
    expect(at(0.054, 0.05, 'AT_MOST', false)).toBe('amber');
    expect(at(0.2, 0.05, 'BELOW', false)).toBe('red');
  });

  it('follows the API’s verdict, and is grey (not red) when nothing was measured', () => {
    expect(kpiLight({ value: 0.9, target: 0.9, comparison: 'AT_LEAST', met: true })).toBe('green');
    expect(kpiLight({ value: 0.05, target: 0.05, comparison: 'BELOW', met: false })).toBe('amber');
    expect(kpiLight({ value: null, target: 0.9, comparison: 'AT_LEAST', met: null })).toBe('grey');
  });
});

describe('SLA lights', () => {
  const now = new Date('2028-02-29T04:00:00Z');
  const inMin = (m: number) => new Date(now.getTime() + m * 60_000).toISOString();

  it('turns amber under two hours and red under thirty minutes or past the deadline', () => {
    expect(slaLight(inMin(121), now)).toBe('green');
    expect(slaLight(inMin(119), now)).toBe('amber');
    expect(slaLight(inMin(29), now)).toBe('red');
    expect(slaLight(inMin(-5), now)).toBe('red');
  });

  it('counts down in days, hours and minutes, and up once overdue', () => {
    expect(timeLeft(inMin(125), now)).toEqual({ overdue: false, d: 0, h: 2, m: 5, s: 0 });
    expect(timeLeft(inMin(-61), now)).toEqual({ overdue: true, d: 0, h: 1, m: 1, s: 0 });
    expect(timeLeft(inMin(1440 * 2 + 3), now)).toEqual({ overdue: false, d: 2, h: 0, m: 3, s: 0 });
    expect(timeLeft(inMin(9.5), now)).toEqual({ overdue: false, d: 0, h: 0, m: 9, s: 30 });
  });
});

describe('business days at the property', () => {
  it('today is the date in the property’s zone, not the browser’s', () => {
    // 2026-03-31 17:30 UTC is already 1 April in Shanghai, still 31 March in New York.
    const now = new Date('2026-03-31T17:30:00Z');
    expect(todayIn('Asia/Shanghai', now)).toBe('2026-04-01');
    expect(todayIn('America/New_York', now)).toBe('2026-03-31');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 3)).toBe('2027-01-03');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('occupancy', () => {
  it('is current until its end date has passed', () => {
    expect(occupiesOn({ endDate: null }, '2026-12-07')).toBe(true);
    expect(occupiesOn({ endDate: '2026-12-17' }, '2026-12-07')).toBe(true);
    expect(occupiesOn({ endDate: '2026-12-07' }, '2026-12-07')).toBe(true);
    expect(occupiesOn({ endDate: '2026-12-06' }, '2026-12-07')).toBe(false);
  });
});
