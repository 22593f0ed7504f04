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
export const testNatsUrl = (): string => process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
