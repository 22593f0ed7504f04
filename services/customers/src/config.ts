import { int, loadConfig, oneOf, platformSpec, secret, str, url, Env } from '@pm/config';

export const customersSpec = {
  ...platformSpec,
  port: int('PORT', 4002, { min: 0, max: 65535 }),
  databaseUrl: url('DATABASE_URL', 'postgres://pm_app:pm_app@127.0.0.1:5432/pm_customers', [
    'postgres',
    'postgresql',
  ]),
  relayDatabaseUrl: url('RELAY_DATABASE_URL', 'postgres://pm_relay:pm_relay@127.0.0.1:5432/pm_customers', [
    'postgres',
    'postgresql',
  ]),
  tenancyUrl: url('SUBGRAPH_TENANCY_URL', 'http://localhost:4001/graphql', ['http', 'https']),
  /** AES-256-GCM key material for idNumber/phone at rest; required in production. */
  customerDataKey: secret('CUSTOMER_DATA_KEY', 'local-only-customer-data-key-change-me'),
  /** Where archive documents are stored: local disk (default) or an S3-compatible store. */
  archiveStore: oneOf('ARCHIVE_STORE', ['local', 's3'] as const, 'local'),
  archiveDir: str('ARCHIVE_DIR', '/tmp/pm-customers-archives'),
  archiveS3Endpoint: str('ARCHIVE_S3_ENDPOINT', ''),
  /** How often the scheduled-jobs table is polled (move-in reminders, care calendar). */
  schedulerPollMs: int('SCHEDULER_POLL_MS', 5_000, { min: 100 }),
};

export type CustomersConfig = ReturnType<typeof loadCustomersConfig>;

export function loadCustomersConfig(env: Env = process.env) {
  return loadConfig(customersSpec, env);
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
