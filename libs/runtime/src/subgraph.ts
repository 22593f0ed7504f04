import { IncomingMessage, ServerResponse } from 'http';
import { NatsConnection } from 'nats';
import { GraphQLSchema } from 'graphql';
import {
  CachedDirectory,
  HttpDirectory,
  HttpRevocations,
  RevocationList,
  RevocationSource,
  TenantDirectory,
  TokenVerifier,
} from '@pm/auth';
import { Env, KeycloakCell } from '@pm/config';
import { Clock, systemClock } from '@pm/time';
import { Database, DbOptions } from '@pm/db';
import { KNOWN_OPERATIONS, deadLetterSubject, serviceEntry, streamName } from '@pm/contracts';
import {
  EventConsumer,
  EventHandler,
  EventRetention,
  OutboxRelay,
  awaitStreams,
  checkInboxRetention,
  connectNats,
  domainOf,
} from '@pm/events';
import { httpSnapshots } from './snapshot';
import {
  RunningServer,
  SubgraphAccess,
  partnerAccessPlugin,
  startGraphQLServer,
  subgraphContext,
} from '@pm/graphql';
import { Logger, PlatformMetrics } from '@pm/observability';

/** What every subgraph's config carries (libs/config `subgraphSpec`, tenancy's own spec). */
export interface SubgraphConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  natsUrl: string;
  natsUser: string;
  natsPassword: string;
  /** Events each durable consumer handles at once (libs/config `natsSpec`). */
  consumerConcurrency?: number;
  /** Events of one tenant a consumer applies in one transaction (libs/config `natsSpec`). */
  consumerBatch?: number;
  keycloakCells: KeycloakCell[];
  internalSecret: string;
  databaseUrl: string;
  relayDatabaseUrl: string;
  /** How long published outbox rows and inbox rows are kept (libs/config `eventRetentionSpec`). */
  outboxRetentionHours: number;
  inboxRetentionDays: number;
  /** Where the tenant directory is served; absent for tenancy, which owns it. */
  tenancyUrl?: string;
  /** Where customers answers (occupancy snapshots, names); absent for tenancy and customers. */
  customersUrl?: string;
  /** Tenants with a label of their own on the request metrics. */
  metricsTopTenants?: number;
  /** Deadlines (libs/config `timeoutSpec`, `statementTimeoutSpec`); each fails as TIMEOUT. */
  jwksTimeoutMs: number;
  directoryTimeoutMs: number;
  statementTimeoutMs: number;
  /** Revocation list staleness (libs/config `timeoutSpec`): refreshed after the first, never used past the second. */
  revocationRefreshMs: number;
  revocationMaxStaleMs: number;
  /** Request bodies past this are refused (libs/config `platformSpec`). */
  maxBodyBytes?: number;
}

/** The shared parts a composition root wires its services from. */
export interface SubgraphParts<C> {
  config: C;
  log: Logger;
  clock: Clock;
  db: Database;
  nc: NatsConnection;
  /** The deployable's metrics (`/metrics`): services count their own (SLA breaches, bill runs). */
  metrics: PlatformMetrics;
}

/** Background work (timers, schedulers): started after the consumers, stopped before them. */
export interface Worker {
  start(): void | Promise<void>;
  stop(): void | Promise<void>;
}

/** What a subgraph's composition root hands the runtime; `expose` reaches tests. */
export interface SubgraphComposition<X extends object = object> {
  /** Resolver instances with their services injected; every resolver class needs one. */
  resolvers: object[];
  consumers?: EventHandler<any>[];
  workers?: Worker[];
  /** The tenant directory, when this subgraph owns it (tenancy); others ask tenancy over HTTP. */
  directory?: TenantDirectory;
  /** The revocation list's source, when this subgraph owns it (tenancy); others ask tenancy over HTTP. */
  revocations?: RevocationSource;
  /** Operations answered without a token (sign-up). */
  isPublicOperation?: (body: unknown) => boolean;
  /** Extra routes by path prefix (internal endpoints). */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  /** Waited for after the HTTP server closed and before the workers stop (in-flight runs). */
  drain?: () => Promise<void>;
  expose?: X;
}

/** A subgraph as data: the one description main, migrate, emit-schema and the tests start from. */
export interface SubgraphDefinition<C extends SubgraphConfig, O extends object, X extends object> {
  /** The manifest name (libs/contracts/src/services.json): NATS client, logs, database. */
  name: string;
  /** Reads and validates the subgraph's variables (libs/config); throws ConfigError naming each. */
  loadConfig(env?: Env): C;
  entities: DbOptions['entities'];
  /**
   * What partner (client-credentials) tokens need here: the subgraph's domain scopes and its
   * exceptions (libs/graphql `SubgraphAccess`), checked once per request for every field.
   */
  access: SubgraphAccess;
  buildSchema(instances?: object[]): Promise<{ schema: GraphQLSchema; sdl: string }>;
  compose(parts: SubgraphParts<C>, options: O): SubgraphComposition<X> | Promise<SubgraphComposition<X>>;
}

export interface RuntimeOptions {
  /** The clock of every "today" and deadline; tests pass their own. */
  clock?: Clock;
  /** Tenant directory override (tests). */
  directory?: TenantDirectory;
}

export type RunningSubgraph<X extends object = object> = X & {
  http: RunningServer;
  metrics: PlatformMetrics;
  db: Database;
  relay: OutboxRelay;
  consumers: EventConsumer[];
  stop(): Promise<void>;
};

/**
 * The one runtime of every subgraph: database, NATS and streams, the outbox relay, durable
 * consumers, background workers, token verification, the HTTP server — and their shutdown in
 * the reverse order, so in-flight requests finish, then jobs, then events, before connections
 * close. The composition root only builds its services and resolvers.
 */
export async function startSubgraph<C extends SubgraphConfig, O extends object, X extends object>(
  def: SubgraphDefinition<C, O, X>,
  config: C,
  log: Logger,
  options: O & RuntimeOptions = {} as O & RuntimeOptions,
): Promise<RunningSubgraph<X>> {
  const clock = options.clock ?? systemClock;
  // Before anything connects: an inbox retention shorter than a redelivery stops the start.
  checkInboxRetention(config.inboxRetentionDays);
  const db = await Database.connect({
    clientUrl: config.databaseUrl,
    entities: def.entities,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  const entry = serviceEntry(def.name);
  const nc = await connectNats(config.natsUrl, def.name, {
    user: config.natsUser,
    pass: config.natsPassword,
  });
  await awaitStreams(
    nc,
    [
      def.name.toUpperCase(),
      'DLQ',
      ...Object.values(entry.consumers).map((s) => domainOf(s).toUpperCase()),
    ].filter((d, i, all) => all.indexOf(d) === i),
    { log },
  );
  const metrics = new PlatformMetrics({
    service: def.name,
    knownOperations: KNOWN_OPERATIONS,
    topTenants: config.metricsTopTenants,
  });
  const relay = new OutboxRelay({
    databaseUrl: config.relayDatabaseUrl,
    nc,
    log: log.child({ component: 'outbox-relay' }),
    domain: def.name,
    metrics,
  });
  await relay.start();
  const retention = new EventRetention({
    databaseUrl: config.relayDatabaseUrl,
    log: log.child({ component: 'event-retention' }),
    metrics,
    outboxRetentionHours: config.outboxRetentionHours,
    inboxRetentionDays: config.inboxRetentionDays,
  });
  retention.start();

  const parts = { config, log, clock, db, nc, metrics };
  const c = await def.compose(parts, options);
  checkConsumersDeclared(def.name, c.consumers ?? []);
  // A consumer created after its stream's max_age starts from the owner's current state: tenancy
  // owns properties and units, customers who lives in them; most services project both.
  const owners = Object.fromEntries(
    Object.entries({ tenancy: config.tenancyUrl, customers: config.customersUrl }).flatMap(([domain, url]) =>
      url ? [[domain, tenancyBaseUrl(url)]] : [],
    ),
  );
  const snapshot = Object.keys(owners).length
    ? httpSnapshots(owners, config.internalSecret, SNAPSHOT_TIMEOUT_MS)
    : undefined;
  const consumers = (c.consumers ?? []).map(
    (h) =>
      new EventConsumer(h, {
        nc,
        db,
        log: log.child({ consumer: h.name }),
        metrics,
        concurrency: config.consumerConcurrency,
        batch: config.consumerBatch,
        snapshot,
      }),
  );
  observeEvents(metrics, relay, consumers, nc);
  for (const consumer of consumers) await consumer.start();
  const workers = c.workers ?? [];
  for (const w of workers) await w.start();

  const revocations = new RevocationList(c.revocations ?? tenancyRevocations(config), {
    refreshMs: config.revocationRefreshMs,
    maxStaleMs: config.revocationMaxStaleMs,
  });
  const verifier = new TokenVerifier({
    cells: config.keycloakCells,
    jwksTimeoutMs: config.jwksTimeoutMs,
    directory: options.directory ?? c.directory ?? tenancyDirectory(config, metrics),
    metrics,
    revocations,
  });
  const { schema } = await def.buildSchema(c.resolvers);
  const http = await startGraphQLServer({
    port: config.port,
    log,
    production: config.nodeEnv === 'production',
    schema,
    context: subgraphContext({
      db,
      verifier,
      internalSecret: config.internalSecret,
      isPublicOperation: c.isPublicOperation,
    }),
    tenantOf: (ctx) => ctx.principal,
    ready: async () => !nc.isClosed() && (await db.orm.isConnected()),
    routes: c.routes,
    metrics,
    plugins: [partnerAccessPlugin(def.access)],
    maxBodyBytes: config.maxBodyBytes,
  });
  log.info(`${def.name} subgraph listening`, { url: http.url });

  return {
    ...(c.expose as X),
    http,
    metrics,
    db,
    relay,
    consumers,
    async stop() {
      await http.close();
      await c.drain?.();
      for (const w of [...workers].reverse()) await w.stop();
      for (const consumer of consumers) await consumer.stop();
      await retention.stop();
      await relay.stop();
      verifier.close();
      await nc.drain();
      await db.close();
      await metrics.shutdown();
    },
  };
}

/**
 * Every consumer a service runs is declared in the manifest with its subject: its NATS user
 * may create, pull and ack exactly those durable consumers, so an undeclared one would only
 * fail later with a permissions violation.
 */
export function checkConsumersDeclared(service: string, handlers: EventHandler<any>[]): void {
  const declared = serviceEntry(service).consumers;
  const problems = handlers
    .filter((h) => declared[h.name] !== h.contract.subject)
    .map((h) => `${h.name} on ${h.contract.subject}`);
  if (problems.length)
    throw new Error(
      `${service} runs consumers its manifest entry does not declare (libs/contracts/src/services.json "consumers"; then node deploy/nats/accounts.cjs --write): ${problems.join(', ')}`,
    );
}

function tenancyDirectory(config: SubgraphConfig, metrics: PlatformMetrics): TenantDirectory {
  if (!config.tenancyUrl) throw new Error('a subgraph without its own directory needs SUBGRAPH_TENANCY_URL');
  return new CachedDirectory(
    new HttpDirectory(tenancyBaseUrl(config.tenancyUrl), config.internalSecret, config.directoryTimeoutMs),
    { metrics },
  );
}

/**
 * The gauges of the event backbone, read when scraped: the relay's backlog (oldest unpublished
 * row, quarantined rows), each durable consumer's pending messages and its dead letters.
 */
function observeEvents(
  metrics: PlatformMetrics,
  relay: OutboxRelay,
  consumers: EventConsumer[],
  nc: NatsConnection,
): void {
  let backlog: Promise<{ lagSeconds: number; quarantined: number }> | undefined;
  // Both outbox gauges come from one statement per scrape.
  const readBacklog = () =>
    (backlog ??= relay.backlog().finally(() => setTimeout(() => (backlog = undefined), 500)));
  metrics.gauge('pm_outbox_lag_seconds', async (observe) => observe((await readBacklog()).lagSeconds));
  metrics.gauge('pm_outbox_quarantined_rows', async (observe) => observe((await readBacklog()).quarantined));
  if (!consumers.length) return;
  metrics.gauge('pm_consumer_pending_messages', async (observe) => {
    const pending = await Promise.all(consumers.map((c) => c.pending()));
    consumers.forEach((c, i) => observe(pending[i], { consumer: c.name }));
  });
  metrics.gauge('pm_dlq_depth', async (observe) => {
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info(streamName('DLQ'), { subjects_filter: 'pm.dlq.>' });
    const bySubject = info.state.subjects ?? {};
    for (const c of consumers)
      observe(bySubject[deadLetterSubject(c.durableName())] ?? 0, { consumer: c.name });
  });
}

function tenancyRevocations(config: SubgraphConfig): RevocationSource {
  if (!config.tenancyUrl)
    throw new Error('a subgraph without its own revocation list needs SUBGRAPH_TENANCY_URL');
  return new HttpRevocations(
    tenancyBaseUrl(config.tenancyUrl),
    config.internalSecret,
    config.directoryTimeoutMs,
  );
}

/** A snapshot page (500 rows) of a busy owner: generous, a bootstrap runs once per consumer. */
const SNAPSHOT_TIMEOUT_MS = 30_000;

/** Tenancy (and customers) serve their internal routes next to their GraphQL endpoint. */
export const tenancyBaseUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');
