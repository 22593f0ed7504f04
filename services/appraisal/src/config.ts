import { Env, loadConfig, subgraphSpec } from '@pm/config';

export const appraisalSpec = {
  ...subgraphSpec('appraisal', 4005),
};

export type AppraisalConfig = ReturnType<typeof loadAppraisalConfig>;

export function loadAppraisalConfig(env: Env = process.env) {
  return loadConfig(appraisalSpec, env);
}

/** Base URL of tenancy without the `/graphql` path, for `/internal/tenants/<realm>`. */
export const tenancyBaseUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql\/?$/, '');
