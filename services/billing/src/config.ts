import { int, loadConfig, platformSpec, secret, url, Env } from '@pm/config';

export const billingSpec = {
  ...platformSpec,
  port: int('PORT', 4004, { min: 0, max: 65535 }),
  databaseUrl: url('DATABASE_URL', 'postgres://pm_app:pm_app@127.0.0.1:5432/pm_billing', [
    'postgres',
    'postgresql',
  ]),
  relayDatabaseUrl: url('RELAY_DATABASE_URL', 'postgres://pm_relay:pm_relay@127.0.0.1:5432/pm_billing', [
    'postgres',
    'postgresql',
  ]),
  tenancyUrl: url('SUBGRAPH_TENANCY_URL', 'http://localhost:4001/graphql', ['http', 'https']),
  /** Units per set-based chunk of a bill run (one transaction each). */
  billRunChunk: int('BILL_RUN_CHUNK', 5_000, { min: 1, max: 50_000 }),
  /** How often the dunning scheduler looks for due rounds (0 = off). */
  dunningPollMs: int('DUNNING_POLL_MS', 6 * 3600_000, { min: 0 }),
};

export type BillingConfig = ReturnType<typeof loadBillingConfig>;

export function loadBillingConfig(env: Env = process.env) {
  return loadConfig(billingSpec, env);
}

/** Migrations run as the database owner, never as the application role. */
export function loadMigrateConfig(env: Env = process.env) {
  return loadConfig(
    {
      adminUrl: url('PG_ADMIN_URL', 'postgres://postgres@127.0.0.1:5432/postgres', [
        'postgres',
        'postgresql',
      ]),
      appPassword: secret('PG_APP_PASSWORD', 'pm_app'),
      relayPassword: secret('PG_RELAY_PASSWORD', 'pm_relay'),
    },
    env,
  );
}
