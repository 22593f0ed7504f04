import {
  Env,
  Var,
  bool,
  int,
  loadConfig,
  localDefault,
  optional,
  origins,
  platformSpec,
  secret,
  str,
  timeoutSpec,
  url,
  variablesOf,
} from '@pm/config';
import { subgraphUrlVar } from '@pm/contracts';
import { SUBGRAPHS } from './subgraphs';

/** Where each subgraph of the manifest answers: `SUBGRAPH_<NAME>_URL`, else (not in production) its local address. */
const subgraphUrlVars = Object.entries(SUBGRAPHS).map(
  ([name, local]) => [name, localDefault(url(subgraphUrlVar(name), local, ['http', 'https']))] as const,
);
const subgraphUrls: Var<Record<string, string>> = {
  name: 'SUBGRAPH_<NAME>_URL',
  vars: subgraphUrlVars.flatMap(([, v]) => v.vars ?? []),
  read: (env, production) =>
    Object.fromEntries(subgraphUrlVars.map(([name, v]) => [name, v.read(env, production)])),
};

/** The gateway talks to no NATS: every platform variable but NATS_URL. */
const { natsUrl: _natsUrl, ...gatewayPlatformSpec } = platformSpec;

export const gatewaySpec = {
  ...gatewayPlatformSpec,
  ...timeoutSpec,
  /** A subgraph fetch of a query plan that takes longer fails that fetch with TIMEOUT. Above tenancy's
   * Keycloak admin deadline: a sign-up (one realm import) may take many seconds on a busy Keycloak. */
  subgraphTimeoutMs: int('SUBGRAPH_TIMEOUT_MS', 30_000, { min: 50, max: 120_000 }),
  port: int('GATEWAY_PORT', 4000, { min: 0, max: 65535 }),
  introspection: bool('GRAPHQL_INTROSPECTION', true),
  /** Per-operation limits (docs/api-contract.md, "Operation limits"); refusals are QUERY_TOO_COMPLEX. */
  maxDepth: int('GRAPHQL_MAX_DEPTH', 12, { min: 2 }),
  maxCost: int('GRAPHQL_MAX_COST', 20_000, { min: 10 }),
  maxAliases: int('GRAPHQL_MAX_ALIASES', 30, { min: 0 }),
  maxTokens: int('GRAPHQL_MAX_TOKENS', 2_000, { min: 50 }),
  maxDirectives: int('GRAPHQL_MAX_DIRECTIVES', 20, { min: 0 }),
  apolloTelemetry: bool('APOLLO_TELEMETRY', false),
  /** Shared by every replica: quotas and the in-flight cap are counted there. */
  redisUrl: localDefault(url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis', 'rediss'])),
  redisKeyPrefix: str('REDIS_KEY_PREFIX', 'pm:'),
  /**
   * Quotas per window (docs/api-contract.md, "Quotas"); cost is the operation's cost in the
   * gateway's model. RATE_LIMITED carries Retry-After.
   */
  quotaWindowS: int('QUOTA_WINDOW_SECONDS', 60, { min: 1 }),
  tenantRequests: int('QUOTA_TENANT_REQUESTS', 12_000, { min: 1 }),
  tenantCost: int('QUOTA_TENANT_COST', 3_000_000, { min: 1 }),
  userRequests: int('QUOTA_USER_REQUESTS', 3_000, { min: 1 }),
  userCost: int('QUOTA_USER_COST', 1_000_000, { min: 1 }),
  partnerRequests: int('QUOTA_PARTNER_REQUESTS', 3_000, { min: 1 }),
  partnerCost: int('QUOTA_PARTNER_COST', 1_000_000, { min: 1 }),
  tenantInFlight: int('QUOTA_TENANT_IN_FLIGHT', 24, { min: 1 }),
  /** Operations refused before planning that one client address may send per quota window (per replica). */
  refusalsPerAddress: int('QUOTA_REFUSALS_PER_ADDRESS', 120, { min: 1 }),
  /**
   * Addresses (or CIDRs, or proxy-addr's names: loopback, uniquelocal) of the proxies in front of
   * the gateway; only their X-Forwarded-For is believed. Empty: the socket's peer is the client.
   */
  trustedProxies: str('TRUSTED_PROXIES', ''),
  subgraphs: subgraphUrls,
  /** Origins of the staff console (web/console), which calls the gateway from the browser. */
  corsOrigins: origins('CORS_ORIGINS', ['http://localhost:4100', 'http://127.0.0.1:4100']),
  /** HMAC key of document links (`GET /documents/<token>`); the same value in every subgraph that prints. */
  documentLinkSecret: secret('DOCUMENT_LINK_SECRET', 'local-only-document-link-secret-change-me'),
  /** The origin clients reach the gateway at, for document links; unset: the Host the client called. */
  publicUrl: optional(url('PUBLIC_URL', undefined, ['http', 'https'])),
};

/** Every variable the gateway reads (the config contract checks deployments against it). */
export const gatewayVariables = variablesOf(gatewaySpec);

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: Env = process.env) {
  const c = loadConfig(gatewaySpec, env);
  // @apollo/gateway reports usage metrics to Apollo unless told not to; nothing leaves without consent.
  if (!c.apolloTelemetry) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  return { ...c, introspection: c.nodeEnv === 'production' ? false : c.introspection };
}
