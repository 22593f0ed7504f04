import { Env, loadConfig, variablesOf, subgraphSpec } from '@pm/config';

export const appraisalSpec = {
  ...subgraphSpec('appraisal', 4005),
};

/** Every variable appraisal reads (the config contract checks deployments against it). */
export const appraisalVariables = variablesOf(appraisalSpec);

export type AppraisalConfig = ReturnType<typeof loadAppraisalConfig>;

export function loadAppraisalConfig(env: Env = process.env) {
  return loadConfig(appraisalSpec, env);
}
