import { createHash } from 'crypto';
import { addMonths } from '@pm/time';

type Problem = { field: string; message: string };

/**
 * R-VIS-2: which participants of a community event get a follow-up visit — the policy share of
 * them, rounded up (at least one), drawn deterministically by a hash of the event and the
 * customer so the same event always names the same customers and nobody picks them by hand.
 */
export function eventSample(eventId: string, participantIds: readonly string[], rate: number): string[] {
  if (!participantIds.length) return [];
  const size = Math.min(participantIds.length, Math.max(1, Math.ceil(participantIds.length * rate)));
  const key = (id: string) => createHash('sha256').update(`${eventId}:${id}`).digest('hex');
  return [...new Set(participantIds)]
    .map((id) => ({ id, k: key(id) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .slice(0, size)
    .map((x) => x.id);
}

/** The last day a follow-up is due: `months` calendar months after the event or move-in. */
export const followUpDueOn = (from: string, months: number): string => addMonths(from, months);

/** R-VIS-3 as for ticket visits: 1–5 satisfaction; an on-site visit needs the customer's signature. */
export function followUpVisitProblems(v: {
  method: string;
  satisfaction: number;
  customerSigned: boolean;
}): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isInteger(v.satisfaction) || v.satisfaction < 1 || v.satisfaction > 5)
    problems.push({ field: 'satisfaction', message: 'must be an integer from 1 to 5' });
  if (v.method === 'ON_SITE' && !v.customerSigned)
    problems.push({ field: 'customerSigned', message: 'an on-site visit needs the customer’s signature' });
  return problems;
}

/** Follow-ups of a period: due, made, made late or not at all (overdue as of `today`). */
export function followUpCounts(
  rows: readonly { dueOn: string; visitedOn?: string | null }[],
  today: string,
): { due: number; visited: number; onTime: number; overdue: number } {
  return {
    due: rows.length,
    visited: rows.filter((r) => r.visitedOn).length,
    onTime: rows.filter((r) => r.visitedOn && r.visitedOn <= r.dueOn).length,
    overdue: rows.filter((r) => !r.visitedOn && r.dueOn < today).length,
  };
}
