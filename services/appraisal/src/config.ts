import { Env, documentsSpec, int, loadConfig, variablesOf, subgraphSpec } from '@pm/config';

export const appraisalSpec = {
  ...subgraphSpec('appraisal', 4005),
  /** Exported registers are documents behind signed links (libs/documents). */
  ...documentsSpec,
  /** How often due jobs (the purge of expired documents) are looked for; 0 = never. */
  jobPollMs: int('JOB_POLL_MS', 60_000, { min: 0 }),
};

/** Every variable appraisal reads (the config contract checks deployments against it). */
export const appraisalVariables = variablesOf(appraisalSpec);

export type AppraisalConfig = ReturnType<typeof loadAppraisalConfig>;

export function loadAppraisalConfig(env: Env = process.env) {
  return loadConfig(appraisalSpec, env);
}
