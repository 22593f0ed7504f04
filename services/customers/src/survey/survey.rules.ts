import { createHash } from 'crypto';

type Problem = { field: string; message: string };

/** The satisfaction scale of the questionnaire (满分5分, R-KPI-3). */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export function questionnaireProblems(questions: readonly string[]): Problem[] {
  if (!questions.length || questions.length > 30) return [{ field: 'questions', message: '1..30 questions' }];
  if (questions.some((q) => !q.trim() || q.trim().length > 200))
    return [{ field: 'questions', message: 'each 1..200 characters' }];
  return [];
}

/** Every question answered once, on the 5-point scale. */
export function answerProblems(scores: readonly number[], questions: number): Problem[] {
  if (scores.length !== questions)
    return [{ field: 'scores', message: `one score for each of ${questions} questions` }];
  if (scores.some((s) => !Number.isInteger(s) || s < SCALE_MIN || s > SCALE_MAX))
    return [{ field: 'scores', message: `integers ${SCALE_MIN}..${SCALE_MAX}` }];
  return [];
}

/** How many customers the sample holds: the policy share, at least the policy minimum, never more than there are. */
export const sampleSize = (population: number, share: number, minimum: number): number =>
  Math.min(population, Math.max(minimum, Math.ceil(population * share)));

/**
 * R-CUS-13: the sample, drawn deterministically — customers ordered by a hash of the campaign and
 * their id — so the same campaign always names the same customers and nobody picks them by hand.
 */
export function drawSample(campaignId: string, customerIds: readonly string[], size: number): string[] {
  const key = (id: string) => createHash('sha256').update(`${campaignId}:${id}`).digest('hex');
  return [...customerIds]
    .map((id) => ({ id, k: key(id) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .slice(0, size)
    .map((x) => x.id);
}

/** The campaign mean over every score given, to two decimals; null before any answer. */
export function surveyMean(responses: readonly (readonly number[])[]): number | null {
  const all = responses.flat();
  if (!all.length) return null;
  return Math.round((all.reduce((s, x) => s + x, 0) / all.length) * 100) / 100;
}
