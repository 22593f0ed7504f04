import { migrate } from '@pm/db';
import { loadMigrateConfig } from '@pm/config';
import { entities, migrations } from './mikro-orm.config';

/** `npm run migrate`: creates the database and roles if missing, applies pending migrations. */
async function main() {
  const c = loadMigrateConfig('customers');
  const done = await migrate({
    adminUrl: c.adminUrl,
    database: c.database,
    entities,
    migrations,
    appPassword: c.appPassword,
    relayPassword: c.relayPassword,
  });
  console.log(JSON.stringify({ service: 'customers', database: c.database, applied: done }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
