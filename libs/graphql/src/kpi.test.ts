import { KpiComparison, kpiMeasure } from './kpi';

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
