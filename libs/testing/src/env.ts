import { databaseName } from '@pm/config';

const ROLE_AUTH = { owner: 'postgres', app: 'pm_app:pm_app', relay: 'pm_relay:pm_relay' } as const;

/**
 * A service's database in this test run: the runner's `DATABASE_NAME_PREFIX` names databases
 * of their own (never the developer's `pm_<service>`), created and dropped by the runner.
 */
export function testDatabaseUrl(service: string, as: keyof typeof ROLE_AUTH = 'owner'): string {
  return `postgres://${ROLE_AUTH[as]}@127.0.0.1:5432/${databaseName(service, { DATABASE_NAME_PREFIX: process.env.DATABASE_NAME_PREFIX })}`;
}

/** The NATS server of this test run (the runner starts one of its own). */
export const testNatsUrl = (): string => process.env.NATS_URL ?? 'nats://127.0.0.1:4223';

/**
 * Connection options for this test run's NATS server as `user` (deploy/nats/accounts.cjs):
 * the operator `pm-admin` by default (tests publish any event, read the dead letters), or a
 * service's user with its permissions and inbox prefix. Passwords are the local defaults.
 */
export function testNats(user = 'pm-admin'): {
  servers: string;
  user: string;
  pass: string;
  inboxPrefix?: string;
} {
  const pass =
    process.env[`NATS_PASSWORD_${user.replace(/[^A-Za-z0-9]/g, '_').toUpperCase()}`] || `pm-dev-nats-${user}`;
  return {
    servers: testNatsUrl(),
    user,
    pass,
    ...(user === 'pm-admin' ? {} : { inboxPrefix: `_INBOX_${user}` }),
  };
}
