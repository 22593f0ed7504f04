import { Env, loadConfig, subgraphSpec, int } from '@pm/config';

export const billingSpec = {
  ...subgraphSpec('billing', 4004),
  /** Units per set-based chunk of a bill run (one transaction each). */
  billRunChunk: int('BILL_RUN_CHUNK', 5_000, { min: 1, max: 50_000 }),
  /** How often the dunning scheduler looks for due rounds (0 = off). */
  dunningPollMs: int('DUNNING_POLL_MS', 6 * 3600_000, { min: 0 }),
};

export type BillingConfig = ReturnType<typeof loadBillingConfig>;

export function loadBillingConfig(env: Env = process.env) {
  return loadConfig(billingSpec, env);
}
