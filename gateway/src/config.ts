import { Env, bool, int, loadConfig, platformSpec, timeoutSpec, url } from '@pm/config';
import { SUBGRAPHS } from './subgraphs';

const subgraphUrls = Object.fromEntries(
  Object.entries(SUBGRAPHS).map(([name, local]) => [
    name,
    url(`SUBGRAPH_${name.toUpperCase()}_URL`, local, ['http', 'https']),
  ]),
) as { [K in keyof typeof SUBGRAPHS]: ReturnType<typeof url> };

export const gatewaySpec = {
  ...platformSpec,
  ...timeoutSpec,
  /** A subgraph fetch of a query plan that takes longer fails that fetch with TIMEOUT. */
  subgraphTimeoutMs: int('SUBGRAPH_TIMEOUT_MS', 10_000, { min: 50, max: 120_000 }),
  port: int('GATEWAY_PORT', 4000, { min: 0, max: 65535 }),
  introspection: bool('GRAPHQL_INTROSPECTION', true),
  /** Per-operation limits (docs/api-contract.md, "Operation limits"); refusals are QUERY_TOO_COMPLEX. */
  maxDepth: int('GRAPHQL_MAX_DEPTH', 12, { min: 2 }),
  maxCost: int('GRAPHQL_MAX_COST', 20_000, { min: 10 }),
  maxAliases: int('GRAPHQL_MAX_ALIASES', 30, { min: 0 }),
  maxTokens: int('GRAPHQL_MAX_TOKENS', 2_000, { min: 50 }),
  maxDirectives: int('GRAPHQL_MAX_DIRECTIVES', 20, { min: 0 }),
  apolloTelemetry: bool('APOLLO_TELEMETRY', false),
  ...subgraphUrls,
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: Env = process.env) {
  const c = loadConfig(gatewaySpec, env);
  // @apollo/gateway reports usage metrics to Apollo unless told not to; nothing leaves without consent.
  if (!c.apolloTelemetry) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  return { ...c, introspection: c.nodeEnv === 'production' ? false : c.introspection };
}
