import { Env, loadConfig, variablesOf, subgraphSpec, int } from '@pm/config';

export const billingSpec = {
  ...subgraphSpec('billing', 4004),
  /** Units per set-based chunk of a bill run (one transaction each). */
  billRunChunk: int('BILL_RUN_CHUNK', 5_000, { min: 1, max: 50_000 }),
  /** How often due jobs (the daily dunning pass of each property) are looked for; 0 = never. */
  jobPollMs: int('JOB_POLL_MS', 60_000, { min: 0 }),
};

/** Every variable billing reads (the config contract checks deployments against it). */
export const billingVariables = variablesOf(billingSpec);

export type BillingConfig = ReturnType<typeof loadBillingConfig>;

export function loadBillingConfig(env: Env = process.env) {
  return loadConfig(billingSpec, env);
}
