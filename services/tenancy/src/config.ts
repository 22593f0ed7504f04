import {
  Env,
  bool,
  optional,
  databaseSpec,
  eventRetentionSpec,
  int,
  loadConfig,
  localDefault,
  natsSpec,
  origins,
  platformSpec,
  secret,
  statementTimeoutSpec,
  str,
  timeoutSpec,
  url,
  variablesOf,
} from '@pm/config';

export const tenancySpec = {
  ...platformSpec,
  ...timeoutSpec,
  ...statementTimeoutSpec,
  port: int('PORT', 4001, { min: 0, max: 65535 }),
  ...databaseSpec('tenancy'),
  ...natsSpec('tenancy'),
  ...eventRetentionSpec,
  keycloakAdminUser: str('KEYCLOAK_ADMIN_USER', 'admin'),
  keycloakAdminPassword: secret('KEYCLOAK_ADMIN_PASSWORD', 'admin'),
  /** Per client address (as the gateway took it from its trusted proxy), in Redis across replicas. */
  signupsPerMinute: int('SIGNUP_RATE_PER_MINUTE', 10, { min: 1 }),
  /** Per Keycloak cell, every address together: a flood from many addresses still creates few realms. */
  signupsPerCellPerMinute: int('SIGNUP_RATE_PER_CELL_PER_MINUTE', 30, { min: 1 }),
  redisUrl: localDefault(url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis', 'rediss'])),
  redisKeyPrefix: str('REDIS_KEY_PREFIX', 'pm:'),
  /**
   * A Keycloak cell counts as full at this many companies (realms): new companies go to other cells
   * (tenant/cells.ts). The default is the measured one of bench/realms.mjs (deploy/README-deploy.md,
   * "Keycloak cells"); a cell on larger machines can hold more, measured the same way.
   */
  realmsPerCell: int('KEYCLOAK_REALMS_PER_CELL', 300, { min: 1 }),
  /** Requests to a cell's admin API (create realm, users, clients) fail with TIMEOUT after this. */
  keycloakAdminTimeoutMs: int('KEYCLOAK_ADMIN_TIMEOUT_MS', 20_000, { min: 100, max: 120_000 }),
  /** Where the staff console is served: a new realm's pm-console client lets it sign in and fetch tokens. */
  consoleOrigins: origins('CONSOLE_ORIGINS', ['http://localhost:4100', 'http://127.0.0.1:4100']),
  /**
   * How far back the verifiers read revocations: longer than any access token lives (the realm
   * template's 15 minutes), since an older revocation only concerns expired tokens.
   */
  revocationWindowSeconds: int('REVOCATION_WINDOW_SECONDS', 86_400, { min: 60 }),
  /**
   * Where new realms send their e-mail (Keycloak's set-password links of invited staff): the realm
   * template's smtpServer. Locally the SMTP catcher of deploy/local (mails under .pm-local/mail).
   */
  smtpHost: str('SMTP_HOST', '127.0.0.1'),
  smtpPort: int('SMTP_PORT', 2525, { min: 1, max: 65535 }),
  smtpFrom: str('SMTP_FROM', 'no-reply@pm.local'),
  smtpUser: optional(str('SMTP_USER')),
  smtpPassword: optional(str('SMTP_PASSWORD')),
  smtpStarttls: bool('SMTP_STARTTLS', false),
  smtpSsl: bool('SMTP_SSL', false),
  /** How long an invitation's set-password link works (Keycloak's action-token lifespan). */
  invitationLifespanSeconds: int('STAFF_INVITATION_LIFESPAN_SECONDS', 72 * 3600, { min: 300 }),
};

/** Every variable tenancy reads (the config contract checks deployments against it). */
export const tenancyVariables = variablesOf(tenancySpec);

export type TenancyConfig = ReturnType<typeof loadTenancyConfig>;

export function loadTenancyConfig(env: Env = process.env) {
  return loadConfig(tenancySpec, env);
}
