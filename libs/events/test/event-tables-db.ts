import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { APP_ROLE, RELAY_ROLE, RLS_FUNCTION_SQL } from '@pm/db';
import { testDatabaseUrl } from '@pm/testing';
import { eventsTablesSql, inboxTenantKeySql, outboxOwnDomainSql, outboxQuarantineSql } from '../src';

/**
 * A database of a test's own with the event tables built by the same statements as every
 * service's migrations (tenancy's domain), so no service's relay of another suite shares the
 * rows. `url(role)` connects as that role; `drop()` removes it all.
 */
export interface EventTablesDb {
  db: Client;
  url(user: string): string;
  drop(): Promise<void>;
}

export async function eventTablesDb(tag: string, more: string[] = []): Promise<EventTablesDb> {
  const owner = new URL(testDatabaseUrl('tenancy'));
  const name = `${owner.pathname.slice(1)}_${tag}_${randomBytes(3).toString('hex')}`;
  const url = (user: string) => {
    const u = new URL(owner);
    u.pathname = `/${name}`;
    if (user !== 'postgres') {
      u.username = user;
      u.password = user;
    }
    return u.toString();
  };
  const admin = new Client({ connectionString: owner.toString() });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const db = new Client({ connectionString: url('postgres') });
  await db.connect();
  for (const sql of [
    RLS_FUNCTION_SQL,
    ...eventsTablesSql(APP_ROLE, RELAY_ROLE),
    ...inboxTenantKeySql(),
    ...outboxOwnDomainSql('tenancy'),
    ...outboxQuarantineSql(),
    ...more,
  ])
    await db.query(sql);
  return {
    db,
    url,
    async drop() {
      await db.end();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
