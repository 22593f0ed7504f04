import {
  Env,
  documentsSpec,
  int,
  loadConfig,
  localDefault,
  url,
  variablesOf,
  subgraphSpec,
} from '@pm/config';

export const appraisalSpec = {
  ...subgraphSpec('appraisal', 4005),
  /** Exported registers are documents behind signed links (libs/documents). */
  ...documentsSpec,
  /** How often due jobs (the purge of expired documents) are looked for; 0 = never. */
  jobPollMs: int('JOB_POLL_MS', 60_000, { min: 0 }),
  /**
   * The KPI report (exportKpiReport) reads the figures of four subgraphs through the gateway with
   * the caller's own token: the gateway's GraphQL URL as this service reaches it.
   */
  gatewayUrl: localDefault(url('GATEWAY_URL', 'http://localhost:4000/graphql', ['http', 'https'])),
  /** The KPI report's call to the gateway fails with TIMEOUT after this. */
  kpiReportTimeoutMs: int('KPI_REPORT_TIMEOUT_MS', 30_000, { min: 1_000, max: 120_000 }),
  /** The gateway's answer the KPI report reads at most (a company's every property for a month). */
  kpiReportMaxResponseBytes: int('KPI_REPORT_MAX_RESPONSE_BYTES', 8_000_000, { min: 100_000 }),
};

/** Every variable appraisal reads (the config contract checks deployments against it). */
export const appraisalVariables = variablesOf(appraisalSpec);

export type AppraisalConfig = ReturnType<typeof loadAppraisalConfig>;

export function loadAppraisalConfig(env: Env = process.env) {
  return loadConfig(appraisalSpec, env);
}
