import { Env, Var, bool, int, loadConfig, platformSpec, url } from '@pm/config';
import { subgraphUrlVar } from '@pm/contracts';
import { SUBGRAPHS } from './subgraphs';

/** Where each subgraph of the manifest answers: `SUBGRAPH_<NAME>_URL`, else its local address. */
const subgraphUrls: Var<Record<string, string>> = {
  name: 'SUBGRAPH_<NAME>_URL',
  read: (env, production) =>
    Object.fromEntries(
      Object.entries(SUBGRAPHS).map(([name, local]) => [
        name,
        url(subgraphUrlVar(name), local, ['http', 'https']).read(env, production),
      ]),
    ),
};

export const gatewaySpec = {
  ...platformSpec,
  port: int('GATEWAY_PORT', 4000, { min: 0, max: 65535 }),
  introspection: bool('GRAPHQL_INTROSPECTION', true),
  maxDepth: int('GRAPHQL_MAX_DEPTH', 12, { min: 2 }),
  maxCost: int('GRAPHQL_MAX_COST', 20_000, { min: 10 }),
  apolloTelemetry: bool('APOLLO_TELEMETRY', false),
  subgraphs: subgraphUrls,
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: Env = process.env) {
  const c = loadConfig(gatewaySpec, env);
  // @apollo/gateway reports usage metrics to Apollo unless told not to; nothing leaves without consent.
  if (!c.apolloTelemetry) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  return { ...c, introspection: c.nodeEnv === 'production' ? false : c.introspection };
}
