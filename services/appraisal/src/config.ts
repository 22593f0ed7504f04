import { int, loadConfig, platformSpec, secret, url, Env } from '@pm/config';

export const appraisalSpec = {
  ...platformSpec,
  port: int('PORT', 4005, { min: 0, max: 65535 }),
  databaseUrl: url('DATABASE_URL', 'postgres://pm_app:pm_app@127.0.0.1:5432/pm_appraisal', [
    'postgres',
    'postgresql',
  ]),
  relayDatabaseUrl: url('RELAY_DATABASE_URL', 'postgres://pm_relay:pm_relay@127.0.0.1:5432/pm_appraisal', [
    'postgres',
    'postgresql',
  ]),
  /** The tenant directory (realm → tenant) is served by tenancy next to its GraphQL endpoint. */
  tenancyUrl: url('SUBGRAPH_TENANCY_URL', 'http://localhost:4001/graphql', ['http', 'https']),
};

export type AppraisalConfig = ReturnType<typeof loadAppraisalConfig>;

export function loadAppraisalConfig(env: Env = process.env) {
  return loadConfig(appraisalSpec, env);
}

/** Base URL of tenancy without the `/graphql` path, for `/internal/tenants/<realm>`. */
export const tenancyBaseUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql\/?$/, '');

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
