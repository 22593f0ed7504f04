import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { loadMigrateConfig } from '@pm/config';
import { ensureDatabase, withDatabase } from './bootstrap';
import { DbOptions, ormOptions } from './database';
import { APP_ROLE, RELAY_ROLE } from './rls';

export interface MigrateOptions {
  adminUrl: string;
  database: string;
  entities: DbOptions['entities'];
  migrations: NonNullable<DbOptions['migrations']>;
  appPassword: string;
  relayPassword: string;
}

/** Creates the database and roles when missing, then applies pending migrations as the owner. */
export async function migrate(o: MigrateOptions): Promise<string[]> {
  await ensureDatabase(o.adminUrl, o.database, APP_ROLE, o.appPassword);
  const admin = new Client({ connectionString: o.adminUrl });
  await admin.connect();
  try {
    await admin.query(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${RELAY_ROLE}') then
        create role "${RELAY_ROLE}" login nosuperuser nobypassrls password '${o.relayPassword.replace(/'/g, "''")}';
      end if; end $$;`);
    // A database hardened like deploy/postgres/init.sql (CONNECT revoked from PUBLIC) admits only
    // the roles granted here: the relay must be able to log in to publish the outbox.
    await admin.query(`grant connect on database "${o.database}" to "${RELAY_ROLE}"`);
  } finally {
    await admin.end();
  }
  const orm = await MikroORM.init(
    ormOptions({
      clientUrl: withDatabase(o.adminUrl, o.database),
      entities: o.entities,
      migrations: o.migrations,
    }),
  );
  try {
    const done = await orm.getMigrator().up();
    return done.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}

/**
 * `migrate.ts` of every service: the owner migrates the service's database (creating it and
 * the roles first) and prints what it applied.
 */
export function migrateMain(
  service: string,
  o: { entities: DbOptions['entities']; migrations: NonNullable<DbOptions['migrations']> },
): void {
  const c = loadMigrateConfig(service);
  migrate({ ...c, ...o })
    .then((applied) => console.log(JSON.stringify({ service, database: c.database, applied })))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
