import { int, loadConfig, optional, platformSpec, secret, url, Env } from '@pm/config';

export const ticketsSpec = {
  ...platformSpec,
  port: int('PORT', 4003, { min: 0, max: 65535 }),
  databaseUrl: url('DATABASE_URL', 'postgres://pm_app:pm_app@127.0.0.1:5432/pm_tickets', [
    'postgres',
    'postgresql',
  ]),
  relayDatabaseUrl: url('RELAY_DATABASE_URL', 'postgres://pm_relay:pm_relay@127.0.0.1:5432/pm_tickets', [
    'postgres',
    'postgresql',
  ]),
  tenancyUrl: url('SUBGRAPH_TENANCY_URL', 'http://localhost:4001/graphql', ['http', 'https']),
  /** How often the durable SLA / visit timer looks for deadlines that passed. */
  timerIntervalMs: int('TICKETS_TIMER_INTERVAL_MS', 5_000, { min: 0 }),
  /** When set, new, escalated and breaching tickets are POSTed here as JSON. */
  notifyWebhookUrl: optional(url('TICKETS_NOTIFY_WEBHOOK_URL', undefined, ['http', 'https'])),
};

export type TicketsConfig = ReturnType<typeof loadTicketsConfig>;

export function loadTicketsConfig(env: Env = process.env) {
  return loadConfig(ticketsSpec, env);
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
