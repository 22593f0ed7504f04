import { urlSyntaxProblem } from '../target/target';
import { CreateWebhookSubscriptionInput } from './subscription.inputs';

export const MAX_PROPERTY_FILTER = 100;

type Problem = { field: string; message: string };

/** What is wrong with a new subscription before any lookup (VALIDATION_FAILED names each). */
export function subscriptionProblems(input: CreateWebhookSubscriptionInput): Problem[] {
  const problems: Problem[] = [];
  const url = urlSyntaxProblem(input.url.trim());
  if (url) problems.push({ field: 'url', message: url });
  if (!input.events.length) problems.push({ field: 'events', message: 'name at least one event type' });
  if ((input.propertyIds?.length ?? 0) > MAX_PROPERTY_FILTER)
    problems.push({ field: 'propertyIds', message: `at most ${MAX_PROPERTY_FILTER} properties` });
  if ((input.description?.length ?? 0) > 200)
    problems.push({ field: 'description', message: 'at most 200 characters' });
  return problems;
}
