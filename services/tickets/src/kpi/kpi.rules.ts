/**
 * R-KPI-3: the annual survey's mean over every score given, to two decimals as the campaign
 * itself states it (R-CUS-13); null before any answer. Sums, not means, are added across
 * properties, so a property with more answers weighs more.
 */
export const surveyMean = (scoreSum: number, scoreCount: number): number | null =>
  scoreCount ? Math.round((scoreSum / scoreCount) * 100) / 100 : null;
