import { CLOSED_STATUSES, TicketStatus } from '../ticket/ticket.enums';
import { Problem, callTimeProblems, descriptionProblems } from '../ticket/ticket.rules';

/** What a complaint must satisfy before anything is written (R-TKT-8). */
export function complaintProblems(
  input: { description: string; anonymous?: boolean; customerId?: string; calledAt?: Date },
  now: Date,
): Problem[] {
  const problems = descriptionProblems(input.description);
  if (input.anonymous && input.customerId)
    problems.push({ field: 'customerId', message: 'an anonymous complaint names no customer' });
  problems.push(...callTimeProblems(input.calledAt, now, 'calledAt'));
  return problems;
}

/**
 * R-TKT-8: complaints merged into one record name at least one other ticket, every one of them
 * known (`found` of the `ids` asked for), open and of the target's property.
 */
export function mergeProblems(
  target: { propertyId: string },
  ids: string[],
  found: { id: string; propertyId: string; status: TicketStatus }[],
): Problem[] {
  const problems: Problem[] = [];
  if (!ids.length) problems.push({ field: 'sourceIds', message: 'name at least one other ticket' });
  if (found.length !== ids.length) problems.push({ field: 'sourceIds', message: 'unknown ticket' });
  for (const s of found) {
    if (s.propertyId !== target.propertyId)
      problems.push({ field: 'sourceIds', message: `${s.id} is of another property` });
    if (CLOSED_STATUSES.includes(s.status))
      problems.push({ field: 'sourceIds', message: `${s.id} is closed` });
  }
  return problems;
}
