import { loadConfig, secret, url } from '@pm/config';
import { migrate } from '@pm/db';
import { DATABASE, entities, migrations } from './mikro-orm.config';

/** `npm run migrate`: creates the database and roles if missing, applies pending migrations. */
async function main() {
  const c = loadConfig(
    {
      adminUrl: url('PG_ADMIN_URL', 'postgres://postgres@127.0.0.1:5432/postgres', ['postgres', 'postgresql']),
      appPassword: secret('PG_APP_PASSWORD', 'pm_app'),
      relayPassword: secret('PG_RELAY_PASSWORD', 'pm_relay'),
    },
    process.env,
  );
  const done = await migrate({ adminUrl: c.adminUrl, database: DATABASE, entities, migrations, appPassword: c.appPassword, relayPassword: c.relayPassword });
  console.log(JSON.stringify({ service: 'tenancy', database: DATABASE, applied: done }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
