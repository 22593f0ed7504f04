import { Env, documentsSpec, loadConfig, subgraphSpec, int, url, optional } from '@pm/config';
import { subgraphUrlVar } from '@pm/contracts';

export const ticketsSpec = {
  ...subgraphSpec('tickets', 4003),
  /** How often the durable SLA / visit timer looks for deadlines that passed. */
  timerIntervalMs: int('TICKETS_TIMER_INTERVAL_MS', 5_000, { min: 0 }),
  /** When set, new, escalated and breaching tickets are POSTed here as JSON. */
  notifyWebhookUrl: optional(url('TICKETS_NOTIFY_WEBHOOK_URL', undefined, ['http', 'https'])),
  ...documentsSpec,
  /** Visit records print the customer's name, which the customers service holds. */
  customersUrl: url(subgraphUrlVar('customers'), 'http://localhost:4002/graphql', ['http', 'https']),
  /** How often due jobs (the purge of expired documents) are looked for; 0 = never. */
  jobPollMs: int('JOB_POLL_MS', 60_000, { min: 0 }),
};

export type TicketsConfig = ReturnType<typeof loadTicketsConfig>;

export function loadTicketsConfig(env: Env = process.env) {
  return loadConfig(ticketsSpec, env);
}
