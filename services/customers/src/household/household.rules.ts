import { isCalendarDate } from '@pm/time';

export interface Problem {
  field: string;
  message: string;
}

export const RELATION_MAX = 40;
export const MEMBER_NAME_MAX = 100;

/** R-CUS-8: a member is named, related to the customer, and dated from a calendar day. */
export function memberProblems(m: {
  name: string;
  relation: string;
  phone?: string | null;
  since: string;
}): Problem[] {
  const p: Problem[] = [];
  if (!m.name.trim()) p.push({ field: 'name', message: 'required' });
  else if (m.name.trim().length > MEMBER_NAME_MAX)
    p.push({ field: 'name', message: `at most ${MEMBER_NAME_MAX} characters` });
  if (!m.relation.trim()) p.push({ field: 'relation', message: 'required, e.g. 配偶, 子女' });
  else if (m.relation.trim().length > RELATION_MAX)
    p.push({ field: 'relation', message: `at most ${RELATION_MAX} characters` });
  if (m.phone != null && m.phone.trim() && !/^\+?[0-9][0-9 -]{5,19}$/.test(m.phone.trim()))
    p.push({ field: 'phone', message: 'digits, spaces or dashes' });
  if (!isCalendarDate(m.since)) p.push({ field: 'since', message: 'YYYY-MM-DD' });
  return p;
}

/** A departure closes the member's period: a calendar day, not before the member arrived. */
export function departureProblems(since: string, until: string): Problem[] {
  if (!isCalendarDate(until)) return [{ field: 'until', message: 'YYYY-MM-DD' }];
  if (until < since) return [{ field: 'until', message: `on or after ${since}` }];
  return [];
}
