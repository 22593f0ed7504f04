import { Env, documentsSpec, loadConfig, subgraphSpec, int, secret, str, oneOf } from '@pm/config';

export const customersSpec = {
  ...subgraphSpec('customers', 4002),
  /** AES-256-GCM key material for idNumber/phone at rest; required in production. */
  customerDataKey: secret('CUSTOMER_DATA_KEY', 'local-only-customer-data-key-change-me'),
  /** Where archive documents are stored: local disk (default) or an S3-compatible store. */
  archiveStore: oneOf('ARCHIVE_STORE', ['local', 's3'] as const, 'local'),
  archiveDir: str('ARCHIVE_DIR', '/tmp/pm-customers-archives'),
  archiveS3Endpoint: str('ARCHIVE_S3_ENDPOINT', ''),
  /** How often the scheduled-jobs table is polled (move-in reminders, care calendar). */
  schedulerPollMs: int('SCHEDULER_POLL_MS', 5_000, { min: 100 }),
  ...documentsSpec,
};

export type CustomersConfig = ReturnType<typeof loadCustomersConfig>;

export function loadCustomersConfig(env: Env = process.env) {
  return loadConfig(customersSpec, env);
}
