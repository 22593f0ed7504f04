import {
  Env,
  databaseSpec,
  int,
  loadConfig,
  platformSpec,
  secret,
  statementTimeoutSpec,
  str,
  timeoutSpec,
} from '@pm/config';

export const tenancySpec = {
  ...platformSpec,
  ...timeoutSpec,
  ...statementTimeoutSpec,
  port: int('PORT', 4001, { min: 0, max: 65535 }),
  ...databaseSpec('tenancy'),
  keycloakAdminUser: str('KEYCLOAK_ADMIN_USER', 'admin'),
  keycloakAdminPassword: secret('KEYCLOAK_ADMIN_PASSWORD', 'admin'),
  signupsPerMinute: int('SIGNUP_RATE_PER_MINUTE', 10, { min: 1 }),
  /** Requests to a cell's admin API (create realm, users, clients) fail with TIMEOUT after this. */
  keycloakAdminTimeoutMs: int('KEYCLOAK_ADMIN_TIMEOUT_MS', 15_000, { min: 100, max: 120_000 }),
};

export type TenancyConfig = ReturnType<typeof loadTenancyConfig>;

export function loadTenancyConfig(env: Env = process.env) {
  return loadConfig(tenancySpec, env);
}
