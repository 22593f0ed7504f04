import { int, loadConfig, platformSpec, secret, str, url, Env } from '@pm/config';

export const tenancySpec = {
  ...platformSpec,
  port: int('PORT', 4001, { min: 0, max: 65535 }),
  databaseUrl: url('DATABASE_URL', 'postgres://pm_app:pm_app@127.0.0.1:5432/pm_tenancy', [
    'postgres',
    'postgresql',
  ]),
  relayDatabaseUrl: url('RELAY_DATABASE_URL', 'postgres://pm_relay:pm_relay@127.0.0.1:5432/pm_tenancy', [
    'postgres',
    'postgresql',
  ]),
  keycloakAdminUser: str('KEYCLOAK_ADMIN_USER', 'admin'),
  keycloakAdminPassword: secret('KEYCLOAK_ADMIN_PASSWORD', 'admin'),
  signupsPerMinute: int('SIGNUP_RATE_PER_MINUTE', 10, { min: 1 }),
};

export type TenancyConfig = ReturnType<typeof loadTenancyConfig>;

export function loadTenancyConfig(env: Env = process.env) {
  return loadConfig(tenancySpec, env);
}
