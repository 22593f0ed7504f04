import { Env, documentsSpec, int, loadConfig, subgraphSpec, variablesOf } from '@pm/config';

export const billingSpec = {
  ...subgraphSpec('billing', 4004),
  /** Units per set-based chunk of a bill run (one transaction each). */
  billRunChunk: int('BILL_RUN_CHUNK', 5_000, { min: 1, max: 50_000 }),
  /** How often due jobs (the daily dunning pass of each property) are looked for; 0 = never. */
  jobPollMs: int('JOB_POLL_MS', 60_000, { min: 0 }),
  ...documentsSpec,
  /** Print batches (printBatch) one company may run at once. */
  printJobsPerTenant: int('PRINT_JOBS_PER_TENANT', 2, { min: 1, max: 20 }),
  /** Notices in one print batch; a larger property prints by building. */
  printBatchMax: int('PRINT_BATCH_MAX', 5_000, { min: 1, max: 50_000 }),
};

/** Every variable billing reads (the config contract checks deployments against it). */
export const billingVariables = variablesOf(billingSpec);

export type BillingConfig = ReturnType<typeof loadBillingConfig>;

export function loadBillingConfig(env: Env = process.env) {
  return loadConfig(billingSpec, env);
}
