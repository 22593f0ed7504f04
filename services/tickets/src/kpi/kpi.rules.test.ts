import { kpiMonths } from './kpi.rules';

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
