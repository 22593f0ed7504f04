import { KpiComparison, kpiMeasure, kpiMonths } from './kpi';

describe('kpiMeasure', () => {
  it('R-KPI-2/4/5 holds a value against its target by the comparison; nothing measured is null', () => {
    const m = (c: KpiComparison, v: number | null, t: number) => kpiMeasure('R-KPI-x', 'kpi.x', c, v, t).met;
    expect(m(KpiComparison.AT_LEAST, 0.9, 0.9)).toBe(true);
    expect(m(KpiComparison.AT_LEAST, 0.89, 0.9)).toBe(false);
    expect(m(KpiComparison.AT_MOST, 0.05, 0.05)).toBe(true);
    expect(m(KpiComparison.AT_MOST, 0.051, 0.05)).toBe(false);
    expect(m(KpiComparison.BELOW, 0.01, 0.01)).toBe(false);
    expect(m(KpiComparison.BELOW, 0.009, 0.01)).toBe(true);
    expect(m(KpiComparison.AT_LEAST, null, 0.9)).toBeNull();
    expect(kpiMeasure('R-KPI-8', 'kpi.feeCollectionRateMin', KpiComparison.AT_LEAST, 0.5, 0.9)).toEqual({
      rule: 'R-KPI-8',
      targetKey: 'kpi.feeCollectionRateMin',
      comparison: 'AT_LEAST',
      value: 0.5,
      target: 0.9,
      met: false,
    });
  });
});

describe('kpiMonths', () => {
  it('lists the months of a trend across a year end, refuses malformed and over-long ranges', () => {
    expect(kpiMonths('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(kpiMonths('2026-11', '2026-11')).toEqual(['2026-11']);
    expect(kpiMonths('2025-01', '2026-12')).toHaveLength(24);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as { extensions?: { code?: string } }).extensions?.code;
      }
    };
    expect(code(() => kpiMonths('2026-13', '2026-12'))).toBe('VALIDATION_FAILED');
    expect(code(() => kpiMonths('2026-12', '2026-11'))).toBe('VALIDATION_FAILED');
    expect(code(() => kpiMonths('2025-01', '2027-01'))).toBe('VALIDATION_FAILED');
  });
});
