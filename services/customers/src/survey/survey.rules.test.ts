import { answerProblems, drawSample, questionnaireProblems, sampleSize, surveyMean } from './survey.rules';

describe('R-CUS-13 satisfaction survey campaign (R-KPI-3)', () => {
  it('samples the policy share, at least the minimum, never more than the population', () => {
    expect(sampleSize(200, 0.3, 30)).toBe(60);
    expect(sampleSize(50, 0.3, 30)).toBe(30);
    expect(sampleSize(10, 0.3, 30)).toBe(10);
    expect(sampleSize(7, 0.5, 1)).toBe(4);
  });

  it('draws the same sample for the same campaign, another for another campaign', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `c-${i}`);
    const a = drawSample('campaign-a', ids, 10);
    expect(a).toHaveLength(10);
    expect(new Set(a).size).toBe(10);
    expect(drawSample('campaign-a', [...ids].reverse(), 10)).toEqual(a);
    expect(drawSample('campaign-b', ids, 10)).not.toEqual(a);
  });

  it('takes one score per question on the 5-point scale', () => {
    expect(answerProblems([5, 4, 3], 3)).toEqual([]);
    expect(answerProblems([5, 4], 3)[0].field).toBe('scores');
    expect(answerProblems([5, 6, 1], 3)).toEqual([{ field: 'scores', message: 'integers 1..5' }]);
    expect(answerProblems([0, 4.5, 1], 3)[0].message).toBe('integers 1..5');
    expect(questionnaireProblems([])[0].field).toBe('questions');
    expect(questionnaireProblems(['服务态度', ' '])[0].message).toBe('each 1..200 characters');
  });

  it('means every score given, null with no answer', () => {
    expect(surveyMean([])).toBeNull();
    expect(
      surveyMean([
        [5, 4],
        [4, 4],
      ]),
    ).toBe(4.25);
    expect(surveyMean([[5, 5, 4]])).toBe(4.67);
  });
});
