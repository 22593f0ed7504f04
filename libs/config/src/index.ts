/**
 * Typed, validated environment. Every deployable declares its variables once in its own
 * `config.ts`; a bad value stops start-up with a message naming each offending variable.
 */
export type Env = Record<string, string | undefined>;

export interface Var<T> {
  read(env: Env, production: boolean): T;
  name: string;
  /** What the config contract sees (see `variablesOf`); absent: one plain variable, `name`. */
  vars?: VarInfo[];
}

/**
 * One environment variable as a deployment must provide it: the config contract
 * (deploy/test/config-contract.test.ts) holds compose and the Helm chart against these lists.
 */
export interface VarInfo {
  name: string;
  /** A credential (or a URL that carries one): from a secret store, never a literal or a default. */
  secret: boolean;
  /** Production refuses to start without it (no fallback, or a fallback that only suits a laptop). */
  requiredInProduction: boolean;
  /** A valid stand-in for a secret the deployment takes from a secret store, to check the rest against. */
  sample?: string;
}

const plain = (name: string, requiredInProduction: boolean): VarInfo[] => [
  { name, secret: false, requiredInProduction },
];

/** The variables a spec reads, each once, in the order declared: what a deployable exports. */
export function variablesOf(spec: Record<string, Var<unknown>>): VarInfo[] {
  const out = new Map<string, VarInfo>();
  for (const v of Object.values(spec))
    for (const info of v.vars ?? plain(v.name, false)) {
      const seen = out.get(info.name);
      out.set(
        info.name,
        seen
          ? {
              ...seen,
              secret: seen.secret || info.secret,
              requiredInProduction: seen.requiredInProduction || info.requiredInProduction,
            }
          : info,
      );
    }
  return [...out.values()];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** A bad value of one variable; `loadConfig` collects them into one ConfigError. */
export class VarError extends Error {}

function raw(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v === '' ? undefined : v;
}

function make<T>(name: string, fallback: T | undefined, parse: (v: string) => T): Var<T> {
  return {
    name,
    vars: plain(name, fallback === undefined),
    read(env) {
      const v = raw(env, name);
      if (v === undefined) {
        if (fallback === undefined) throw new VarError(`${name} is required`);
        return fallback;
      }
      return parse(v);
    },
  };
}

export const str = (name: string, fallback?: string) => make(name, fallback, (v) => v);

export const int = (name: string, fallback?: number, { min = -Infinity, max = Infinity } = {}) =>
  make(name, fallback, (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new VarError(`${name} must be an integer in [${min}, ${max}], got "${v}"`);
    return n;
  });

export const bool = (name: string, fallback?: boolean) =>
  make(name, fallback, (v) => {
    if (['true', '1', 'yes'].includes(v.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(v.toLowerCase())) return false;
    throw new VarError(`${name} must be true or false, got "${v}"`);
  });

export const url = (name: string, fallback?: string, protocols?: string[]) =>
  make(name, fallback, (v) => {
    let u: URL;
    try {
      u = new URL(v);
    } catch {
      throw new VarError(`${name} must be a URL, got "${v}"`);
    }
    if (protocols && !protocols.includes(u.protocol.replace(/:$/, '')))
      throw new VarError(`${name} must use ${protocols.join(' or ')}, got "${v}"`);
    return v.replace(/\/$/, '');
  });

export const oneOf = <T extends string>(name: string, values: readonly T[], fallback?: T) =>
  make(name, fallback, (v) => {
    if (!values.includes(v as T))
      throw new VarError(`${name} must be one of ${values.join(', ')}, got "${v}"`);
    return v as T;
  });

export const optional = <T>(inner: Var<T>): Var<T | undefined> => ({
  name: inner.name,
  vars: (inner.vars ?? plain(inner.name, false)).map((v) => ({ ...v, requiredInProduction: false })),
  read: (env, production) => (raw(env, inner.name) === undefined ? undefined : inner.read(env, production)),
});

/**
 * Browser origins allowed to call with credentials, comma-separated (`http://localhost:4100`):
 * exact origins only, never `*`, since every call carries a bearer token. The local default is
 * for `npm start`; production allows none unless told.
 */
export const origins = (name: string, localDefault: string[]): Var<string[]> => ({
  name,
  vars: plain(name, false),
  read(env, production) {
    const v = raw(env, name);
    if (v === undefined) return production ? [] : localDefault;
    return v
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)
      .map((o) => {
        let u: URL | undefined;
        try {
          u = new URL(o);
        } catch {
          // named below
        }
        if (!u || !['http:', 'https:'].includes(u.protocol) || u.origin !== o || o.includes('*'))
          throw new VarError(
            `${name} must list origins like https://console.example.com (no *, path or slash), got "${o}"`,
          );
        return o;
      });
  },
});

/** A secret has no fallback in production; the local default only exists so `npm start` works out of the box. */
export const secret = (name: string, localDefault: string): Var<string> => ({
  name,
  vars: [{ name, secret: true, requiredInProduction: true, sample: 's'.repeat(32) }],
  read(env, production) {
    const v = raw(env, name);
    if (v !== undefined) {
      if (production && v.length < 16)
        throw new VarError(`${name} must be at least 16 characters in production`);
      return v;
    }
    if (production) throw new VarError(`${name} is required in production`);
    return localDefault;
  },
});

/**
 * A fallback that only fits a laptop (an address on 127.0.0.1, a local password): outside
 * production the wrapped variable keeps it, production refuses to start without a value.
 */
export const localDefault = <T>(inner: Var<T>): Var<T> => ({
  name: inner.name,
  vars: (inner.vars ?? plain(inner.name, true)).map((v) =>
    v.name === inner.name ? { ...v, requiredInProduction: true } : v,
  ),
  read(env, production) {
    if (production && raw(env, inner.name) === undefined)
      throw new VarError(`${inner.name} is required in production`);
    return inner.read(env, production);
  },
});

/** A variable whose value carries a credential (a database URL with its password). */
export const credential = <T>(inner: Var<T>, sample: string): Var<T> => ({
  name: inner.name,
  vars: (inner.vars ?? plain(inner.name, false)).map((v) =>
    v.name === inner.name ? { ...v, secret: true, sample } : v,
  ),
  read: (env, production) => inner.read(env, production),
});

type Spec = Record<string, Var<unknown>>;
export type ConfigOf<S extends Spec> = { [K in keyof S]: S[K] extends Var<infer T> ? T : never };

export function loadConfig<S extends Spec>(spec: S, env: Env): ConfigOf<S> {
  const production = env.NODE_ENV === 'production';
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, v] of Object.entries(spec)) {
    try {
      out[key] = v.read(env, production);
    } catch (e) {
      if (!(e instanceof VarError)) throw e;
      problems.push(e.message);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return out as ConfigOf<S>;
}

/** A Keycloak cell is one Keycloak cluster hosting a share of the tenants' realms. */
export interface KeycloakCell {
  name: string;
  url: string;
}

export const keycloakCells = (name: string, defaultUrlVar: Var<string>): Var<KeycloakCell[]> => ({
  name,
  vars: [...plain(name, false), ...(defaultUrlVar.vars ?? plain(defaultUrlVar.name, false))],
  read(env, production) {
    const v = raw(env, name);
    if (v === undefined) return [{ name: 'default', url: defaultUrlVar.read(env, production) }];
    return v.split(',').map((part) => {
      const [cell, u] = part.split('=');
      if (!cell || !u || !/^[a-z0-9-]+$/.test(cell))
        throw new VarError(`${name} must look like "a=http://kc-a:8080,b=http://kc-b:8080"`);
      return { name: cell, url: url(name).read({ [name]: u }, production) };
    });
  },
});

/** Variables every deployable of the platform reads. */
export const platformSpec = {
  nodeEnv: oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development'),
  logLevel: oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
  /** The local stack's own nats-server listens on 4223 (the machine's 4222 is left alone). */
  natsUrl: localDefault(url('NATS_URL', 'nats://127.0.0.1:4223', ['nats', 'tls'])),
  /** The issuer base of the default cell: tokens must name exactly this URL, inside and outside a cluster. */
  keycloakUrl: localDefault(url('KEYCLOAK_URL', 'http://localhost:8080', ['http', 'https'])),
  keycloakCells: keycloakCells(
    'KEYCLOAK_CELLS',
    localDefault(url('KEYCLOAK_URL', 'http://localhost:8080', ['http', 'https'])),
  ),
  internalSecret: secret('INTERNAL_SECRET', 'local-only-internal-secret-change-me'),
  otlpEndpoint: optional(url('OTEL_EXPORTER_OTLP_ENDPOINT')),
  /** Tenants with a label of their own on the request metrics (the busiest; the rest are "other"). */
  metricsTopTenants: int('METRICS_TOP_TENANTS', 20, { min: 0, max: 500 }),
  /**
   * The largest request body read (413 above it). 6 MiB holds an import file at its 4 MB limit as
   * base64 (5.6 MB) with the operation around it, so an oversized file is answered
   * VALIDATION_FAILED by the importer, not cut off here (README, "Imports").
   */
  maxBodyBytes: int('GRAPHQL_MAX_BODY_BYTES', 6 * 1024 * 1024, { min: 10_000, max: 64 * 1024 * 1024 }),
};

export type PlatformConfig = ConfigOf<typeof platformSpec>;

/**
 * For instrumentation.ts, which runs before anything else: an invalid value is left for the
 * deployable's own config load to report, with every other bad variable, in one message.
 */
export function readOtlpEndpoint(env: Env = process.env): string | undefined {
  try {
    return loadConfig({ otlpEndpoint: platformSpec.otlpEndpoint }, env).otlpEndpoint;
  } catch {
    return undefined;
  }
}

const PG = ['postgres', 'postgresql'];

/**
 * A service's database is `<DATABASE_NAME_PREFIX><service>` (`pm_customers`) unless its URL is
 * given. The test runner sets its own prefix, so a test run never touches the databases of a
 * platform running on the same machine.
 */
export function databaseName(service: string, env: Env): string {
  const fromUrl = raw(env, 'DATABASE_URL');
  if (fromUrl !== undefined) return new URL(fromUrl).pathname.replace(/^\//, '');
  return localDatabase(service, env);
}

const localDatabase = (service: string, env: Env) => `${raw(env, 'DATABASE_NAME_PREFIX') ?? 'pm_'}${service}`;

/** A connection URL of the service's database: `DATABASE_URL` / `RELAY_DATABASE_URL`, or local defaults. */
const databaseUrl = (service: string, name: string, role: string): Var<string> =>
  credential(
    localDefault({
      name,
      read: (env, production) =>
        url(name, `postgres://${role}:${role}@127.0.0.1:5432/${localDatabase(service, env)}`, PG).read(
          env,
          production,
        ),
    }),
    `postgres://${role}:${'p'.repeat(24)}@db.example.com:5432/pm_${service}`,
  );

/** Database variables of a deployable that owns a database (`service` as in `pm_<service>`). */
export function databaseSpec(service: string) {
  return {
    databaseUrl: databaseUrl(service, 'DATABASE_URL', 'pm_app'),
    relayDatabaseUrl: databaseUrl(service, 'RELAY_DATABASE_URL', 'pm_relay'),
  };
}

/** Deadlines of the outbound calls every deployable that verifies tokens makes. */
export const timeoutSpec = {
  jwksTimeoutMs: int('JWKS_TIMEOUT_MS', 3000, { min: 50, max: 60_000 }),
  directoryTimeoutMs: int('TENANT_DIRECTORY_TIMEOUT_MS', 2000, { min: 50, max: 60_000 }),
  /**
   * The revocation list (revoked partner clients, deactivated staff) is re-read in the background
   * once older than the first and never used older than the second: a revoked token stops passing
   * within REVOCATION_MAX_STALE_MS.
   */
  revocationRefreshMs: int('REVOCATION_REFRESH_MS', 5_000, { min: 100, max: 600_000 }),
  revocationMaxStaleMs: int('REVOCATION_MAX_STALE_MS', 30_000, { min: 100, max: 3_600_000 }),
};

/** A deployable that owns a database: its statements are cancelled after this, per transaction. */
export const statementTimeoutSpec = {
  statementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', 10_000, { min: 100, max: 600_000 }),
};

/**
 * The service's own NATS user (deploy/nats/accounts.cjs generates one per service with the
 * permissions of its domain); the local default password is the one `npm start` and the test
 * runner give their own nats-server.
 */
export function natsSpec(service: string) {
  return {
    natsUser: str('NATS_USER', service),
    natsPassword: secret('NATS_PASSWORD', `pm-dev-nats-${service}`),
    /**
     * Transactions each durable consumer runs at once, one aggregate at a time (libs/events
     * EventConsumer). What waits while they run goes into the next transaction of its tenant:
     * fewer, larger transactions (2 × 64) measured far faster at 1,000 events/s (README,
     * "events"), but are not the default yet (see there). Every consumer's transactions share the
     * process's database pool (10 connections).
     */
    consumerConcurrency: int('EVENTS_CONSUMER_CONCURRENCY', 8, { min: 1, max: 64 }),
    consumerBatch: int('EVENTS_CONSUMER_BATCH', 16, { min: 1, max: 256 }),
  };
}

/**
 * How long the event tables keep their rows (libs/events EventRetention, run by each subgraph's
 * relay). The inbox must outlive every redelivery of an event: more than a stream's max_age plus
 * the dead letters' (30 + 90 days), checked at start-up by libs/events `checkInboxRetention`.
 */
export const eventRetentionSpec = {
  /** Published outbox rows are deleted this long after publication; unpublished ones never. */
  outboxRetentionHours: int('OUTBOX_RETENTION_HOURS', 72, { min: 1, max: 24 * 365 }),
  inboxRetentionDays: int('INBOX_RETENTION_DAYS', 135, { min: 1, max: 3650 }),
};

/**
 * What a subgraph reads besides the platform variables: its port, database and tenancy. Customers
 * reads this alone; every other subgraph also asks customers (`subgraphSpec`).
 */
export function ownSubgraphSpec(service: string, port: number) {
  return {
    ...platformSpec,
    ...timeoutSpec,
    ...statementTimeoutSpec,
    port: int('PORT', port, { min: 0, max: 65535 }),
    ...databaseSpec(service),
    ...natsSpec(service),
    ...eventRetentionSpec,
    /** The tenant directory (realm → tenant) is served by tenancy next to its GraphQL endpoint. */
    tenancyUrl: localDefault(url('SUBGRAPH_TENANCY_URL', 'http://localhost:4001/graphql', ['http', 'https'])),
  };
}

/** What every subgraph but tenancy and customers reads: its own variables and where customers answers. */
export function subgraphSpec(service: string, port: number) {
  return {
    ...ownSubgraphSpec(service, port),
    /**
     * Customers serves, next to its GraphQL endpoint, the snapshot of who lives where (a consumer
     * added after the stream's max_age starts from it) and the customers' names documents print.
     */
    customersUrl: localDefault(
      url('SUBGRAPH_CUSTOMERS_URL', 'http://localhost:4002/graphql', ['http', 'https']),
    ),
  };
}

/**
 * The migrate job (`node deploy/local/cli.mjs migrate`): one run migrates every service database
 * `<DATABASE_NAME_PREFIX><service>` as the owner and creates the roles the services log in as.
 */
export const migrateSpec = {
  nodeEnv: platformSpec.nodeEnv,
  logLevel: platformSpec.logLevel,
  adminUrl: credential(
    localDefault(url('PG_ADMIN_URL', 'postgres://postgres@127.0.0.1:5432/postgres', PG)),
    `postgres://postgres:${'p'.repeat(24)}@db.example.com:5432/postgres`,
  ),
  /** Set on pm_app / pm_relay when the migration creates them; DATABASE_URL / RELAY_DATABASE_URL carry the same. */
  appPassword: secret('PG_APP_PASSWORD', 'pm_app'),
  relayPassword: secret('PG_RELAY_PASSWORD', 'pm_relay'),
  databaseNamePrefix: optional(str('DATABASE_NAME_PREFIX')),
  /** Only for migrating one service alone (its database name is taken from the URL). */
  databaseUrl: optional(str('DATABASE_URL')),
  /**
   * The job also creates the JetStream streams as NATS's operator user: services only wait for
   * them (they may not create streams).
   */
  natsUrl: platformSpec.natsUrl,
  natsAdminPassword: secret('NATS_PASSWORD_PM_ADMIN', 'pm-dev-nats-pm-admin'),
};

/**
 * A subgraph that prints documents (libs/documents): the links' HMAC key, shared with the gateway,
 * and the bounds on what one process renders and one company keeps.
 */
export const documentsSpec = {
  documentLinkSecret: secret('DOCUMENT_LINK_SECRET', 'local-only-document-link-secret-change-me'),
  /** How long a document link (and its stored bytes) lives: at most 10 minutes. */
  documentLinkTtlS: int('DOCUMENT_LINK_TTL_SECONDS', 600, { min: 10, max: 600 }),
  documentMaxBytes: int('DOCUMENT_MAX_BYTES', 50_000_000, { min: 100_000, max: 500_000_000 }),
  /** Unexpired document bytes one company may hold in one service. */
  documentTenantQuotaBytes: int('DOCUMENT_TENANT_QUOTA_BYTES', 200_000_000, { min: 1_000_000 }),
  /** Documents one process renders at once; more wait their turn. */
  documentConcurrentRenders: int('DOCUMENT_CONCURRENT_RENDERS', 2, { min: 1, max: 32 }),
};

/** Migrations run as the database owner, never as the application role, on the service's database. */
export function loadMigrateConfig(service: string, env: Env = process.env) {
  const { adminUrl, appPassword, relayPassword } = loadConfig(migrateSpec, env);
  return { database: databaseName(service, env), adminUrl, appPassword, relayPassword };
}

/** Where the gateway answers, for the tools that call it from outside (`GATEWAY_URL`). */
const gatewayUrl = localDefault(url('GATEWAY_URL', 'http://localhost:4000/graphql', ['http', 'https']));

/**
 * The demo seed job (`node deploy/local/cli.mjs seed`): signs a demo company up through the
 * gateway and lets the console's origins sign in to its realm (Keycloak's admin API).
 */
export const demoSeedSpec = {
  nodeEnv: platformSpec.nodeEnv,
  gatewayUrl,
  keycloakUrl: platformSpec.keycloakUrl,
  keycloakAdminUser: str('KEYCLOAK_ADMIN_USER', 'admin'),
  keycloakAdminPassword: secret('KEYCLOAK_ADMIN_PASSWORD', 'admin'),
  consoleOrigins: origins('CONSOLE_ORIGINS', ['http://localhost:4100', 'http://127.0.0.1:4100']),
};

/**
 * The deployment smoke test (`node deploy/local/smoke.mjs`, the chart's `helm test`): the gateway
 * is ready and answers one operation with a token of an existing login.
 */
export const smokeSpec = {
  nodeEnv: platformSpec.nodeEnv,
  gatewayUrl,
  keycloakUrl: platformSpec.keycloakUrl,
  realm: str('SMOKE_REALM'),
  clientId: str('SMOKE_CLIENT_ID', 'pm-console'),
  username: str('SMOKE_USERNAME'),
  password: secret('SMOKE_PASSWORD', 'Demo-pass-2026'),
};
