import { surveyMean } from './kpi.rules';

describe('R-KPI-3 survey mean of the dashboard', () => {
  it('is the mean of every score to two decimals, null before any answer', () => {
    expect(surveyMean(0, 0)).toBeNull();
    // Two questionnaires of two questions: [5, 4] and [4, 4].
    expect(surveyMean(17, 4)).toBe(4.25);
    expect(surveyMean(14, 3)).toBe(4.67);
  });

  it('weighs every score alike across properties (sums, not means of means)', () => {
    // One property 5 × [5], another 1 × [1]: the mean of means would be 3.
    expect(surveyMean(25 + 1, 5 + 1)).toBe(4.33);
  });
});
