import { Env, loadConfig, subgraphSpec } from '@pm/config';

export const appraisalSpec = {
  ...subgraphSpec('appraisal', 4005),
};

export type AppraisalConfig = ReturnType<typeof loadAppraisalConfig>;

export function loadAppraisalConfig(env: Env = process.env) {
  return loadConfig(appraisalSpec, env);
}
