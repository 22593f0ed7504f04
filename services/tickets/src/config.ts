import { Env, documentsSpec, int, loadConfig, subgraphSpec, variablesOf } from '@pm/config';

export const ticketsSpec = {
  ...subgraphSpec('tickets', 4003),
  /** How often the durable SLA / visit timer looks for deadlines that passed. */
  timerIntervalMs: int('TICKETS_TIMER_INTERVAL_MS', 5_000, { min: 0 }),
  ...documentsSpec,
  /** How often due jobs (the purge of expired documents) are looked for; 0 = never. */
  jobPollMs: int('JOB_POLL_MS', 60_000, { min: 0 }),
};

/** Every variable tickets reads (the config contract checks deployments against it). */
export const ticketsVariables = variablesOf(ticketsSpec);

export type TicketsConfig = ReturnType<typeof loadTicketsConfig>;

export function loadTicketsConfig(env: Env = process.env) {
  return loadConfig(ticketsSpec, env);
}
