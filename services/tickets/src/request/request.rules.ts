import { isCalendarDate, daysBetween } from '@pm/time';
import { Problem, callTimeProblems } from '../ticket/ticket.rules';

const text = (field: string, value: string | undefined, max: number, required: boolean): Problem[] => {
  const v = value?.trim() ?? '';
  if (!v) return required ? [{ field, message: 'required' }] : [];
  return v.length > max ? [{ field, message: `at most ${max} characters` }] : [];
};

/** What a register line needs before it is written (R-TKT-13). */
export function requestProblems(
  r: { content: string; requester?: string; outcome?: string; receivedAt?: Date; customerId?: string },
  now: Date,
): Problem[] {
  return [
    ...text('content', r.content, 2000, true),
    ...text('requester', r.requester, 100, false),
    ...text('outcome', r.outcome, 2000, false),
    ...callTimeProblems(r.receivedAt, now, 'receivedAt'),
  ];
}

/** The outcome recorded when a request is answered (R-TKT-13). */
export function outcomeProblems(outcome: string): Problem[] {
  return text('outcome', outcome, 2000, true);
}

/** A register period: two local dates, `from` ≤ `to`, at most a year apart. */
export function periodProblems(from: string, to: string): Problem[] {
  if (!isCalendarDate(from)) return [{ field: 'from', message: 'YYYY-MM-DD' }];
  if (!isCalendarDate(to)) return [{ field: 'to', message: 'YYYY-MM-DD' }];
  if (to < from) return [{ field: 'to', message: 'before from' }];
  if (daysBetween(from, to) > 366) return [{ field: 'to', message: 'at most a year after from' }];
  return [];
}

/** R-TKT-13 (第2篇 4.10): every request gets a reply; the share answered against the target. */
export function replyRate(
  requests: number,
  answered: number,
  target: number,
): { rate: number | null; met: boolean | null } {
  if (!requests) return { rate: null, met: null };
  const rate = answered / requests;
  return { rate, met: rate >= target };
}
