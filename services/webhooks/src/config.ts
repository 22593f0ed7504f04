import { Env, Var, VarError, int, loadConfig, secret, subgraphSpec, variablesOf } from '@pm/config';
import { cidrProblem } from './target/target';

/**
 * Ranges exempt from R-WHK-3's refusal, comma-separated CIDRs (`127.0.0.1/32` lets a test's own
 * receiver be called). Development and tests only: production calls public addresses only.
 */
const privateTargets = (name: string): Var<string[]> => ({
  name,
  read(env, production) {
    const cidrs = (env[name] ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    if (cidrs.length && production)
      throw new VarError(
        `${name} is for development and tests; production calls public addresses only (R-WHK-3)`,
      );
    const bad = cidrs.map(cidrProblem).filter(Boolean);
    if (bad.length) throw new VarError(`${name}: ${bad.join('; ')}`);
    return cidrs;
  },
});

export const webhooksSpec = {
  ...subgraphSpec('webhooks', 4006),
  /** AES-256-GCM key material for the subscriptions' signing secrets at rest; required in production. */
  secretKey: secret('WEBHOOK_SECRET_KEY', 'local-only-webhook-secret-key-change-me'),
  /** How often due deliveries are looked for; 0 = never by itself (tests drive the dispatcher). */
  pollMs: int('WEBHOOKS_POLL_MS', 1_000, { min: 0, max: 60_000 }),
  /** Each call's deadline: connection, request and the answer's status line. */
  timeoutMs: int('WEBHOOKS_TIMEOUT_MS', 10_000, { min: 100, max: 60_000 }),
  /** Calls in flight per process, every company together. */
  concurrency: int('WEBHOOKS_CONCURRENCY', 32, { min: 1, max: 1_000 }),
  /** Calls in flight for one company, every replica together: no company can take the others' slots. */
  tenantConcurrency: int('WEBHOOKS_TENANT_CONCURRENCY', 4, { min: 1, max: 100 }),
  /** Subscriptions per company: each one multiplies the deliveries of every event it lists. */
  maxSubscriptions: int('WEBHOOKS_MAX_SUBSCRIPTIONS', 25, { min: 1, max: 1_000 }),
  /** Days delivered and parked deliveries, and the events behind them, are kept (and replayable). */
  retentionDays: int('WEBHOOKS_RETENTION_DAYS', 30, { min: 1, max: 365 }),
  allowedPrivateTargets: privateTargets('WEBHOOKS_ALLOW_PRIVATE_CIDRS'),
};

/** Every variable webhooks reads (the config contract checks deployments against it). */
export const webhooksVariables = variablesOf(webhooksSpec);

export type WebhooksConfig = ReturnType<typeof loadWebhooksConfig>;

export function loadWebhooksConfig(env: Env = process.env) {
  return loadConfig(webhooksSpec, env);
}
