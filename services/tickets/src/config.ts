import { Env, loadConfig, variablesOf, subgraphSpec, int } from '@pm/config';

export const ticketsSpec = {
  ...subgraphSpec('tickets', 4003),
  /** How often the durable SLA / visit timer looks for deadlines that passed. */
  timerIntervalMs: int('TICKETS_TIMER_INTERVAL_MS', 5_000, { min: 0 }),
};

/** Every variable tickets reads (the config contract checks deployments against it). */
export const ticketsVariables = variablesOf(ticketsSpec);

export type TicketsConfig = ReturnType<typeof loadTicketsConfig>;

export function loadTicketsConfig(env: Env = process.env) {
  return loadConfig(ticketsSpec, env);
}
