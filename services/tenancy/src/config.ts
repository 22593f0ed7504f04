import { databaseSpec, int, loadConfig, platformSpec, secret, str, Env } from '@pm/config';

export const tenancySpec = {
  ...platformSpec,
  port: int('PORT', 4001, { min: 0, max: 65535 }),
  ...databaseSpec('tenancy'),
  keycloakAdminUser: str('KEYCLOAK_ADMIN_USER', 'admin'),
  keycloakAdminPassword: secret('KEYCLOAK_ADMIN_PASSWORD', 'admin'),
  signupsPerMinute: int('SIGNUP_RATE_PER_MINUTE', 10, { min: 1 }),
};

export type TenancyConfig = ReturnType<typeof loadTenancyConfig>;

export function loadTenancyConfig(env: Env = process.env) {
  return loadConfig(tenancySpec, env);
}
