import { describe, expect, it } from 'vitest';
import { companyTrend, measureTrend, sumByPeriod } from './trend';

describe('company trends from the properties’ monthly counts', () => {
  const a = [
    { period: '2026-10', tickets: 2, resolved: 1, satisfactionMean: 4, satisfactionCount: 1 },
    { period: '2026-11', tickets: 0, resolved: 0, satisfactionMean: null, satisfactionCount: 0 },
  ];
  const b = [
    { period: '2026-11', tickets: 4, resolved: 4, satisfactionMean: 5, satisfactionCount: 3 },
    { period: '2026-10', tickets: 2, resolved: 2, satisfactionMean: 2, satisfactionCount: 1 },
  ];
  const totals = sumByPeriod([a, b]);

  it('sums the counts, then takes the rate; a weighted mean for satisfaction', () => {
    expect([...totals.keys()]).toEqual(['2026-10', '2026-11']);
    const months = ['2026-09', '2026-10', '2026-11'];
    expect(companyTrend('resolution', totals, months).points.map((p) => p.value)).toEqual([null, 0.75, 1]);
    expect(companyTrend('satisfaction', totals, months).points.map((p) => p.value)).toEqual([null, 3, 5]);
  });

  it('has no figure where nothing was counted', () => {
    const t = companyTrend('collection', totals, ['2026-10'], { target: 0.95, comparison: 'AT_LEAST' });
    expect(t).toEqual({ points: [{ period: '2026-10', value: null }], target: 0.95, comparison: 'AT_LEAST' });
  });

  it('draws a property’s measures with its latest target', () => {
    const m = (value: number | null, target: number) =>
      ({ value, target, comparison: 'AT_MOST', met: value === null ? null : value <= target }) as const;
    const t = measureTrend(
      ['2026-10', '2026-11', '2026-12'],
      [
        { period: '2026-10', m: m(0.1, 0.05) },
        { period: '2026-11', m: m(null, 0.04) },
      ],
    );
    expect(t.points.map((p) => p.value)).toEqual([0.1, null, null]);
    expect(t.target).toBe(0.04);
  });
});
