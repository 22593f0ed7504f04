import { IncomingMessage, ServerResponse } from 'http';
import { NatsConnection } from 'nats';
import { GraphQLSchema } from 'graphql';
import { CachedDirectory, HttpDirectory, TenantDirectory, TokenVerifier } from '@pm/auth';
import { Env, KeycloakCell } from '@pm/config';
import { Clock, systemClock } from '@pm/time';
import { Database, DbOptions } from '@pm/db';
import { serviceEntry } from '@pm/contracts';
import { EventConsumer, EventHandler, OutboxRelay, connectNats, domainOf, ensureStreams } from '@pm/events';
import { RunningServer, startGraphQLServer, subgraphContext } from '@pm/graphql';
import { Logger } from '@pm/observability';

/** What every subgraph's config carries (libs/config `subgraphSpec`, tenancy's own spec). */
export interface SubgraphConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  natsUrl: string;
  natsUser: string;
  natsPassword: string;
  keycloakCells: KeycloakCell[];
  internalSecret: string;
  databaseUrl: string;
  relayDatabaseUrl: string;
  /** Where the tenant directory is served; absent for tenancy, which owns it. */
  tenancyUrl?: string;
  /** Deadlines (libs/config `timeoutSpec`, `statementTimeoutSpec`); each fails as TIMEOUT. */
  jwksTimeoutMs: number;
  directoryTimeoutMs: number;
  statementTimeoutMs: number;
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
  await ensureStreams(nc, {
    own: def.name.toUpperCase(),
    others: ['DLQ', ...new Set(Object.values(entry.consumers).map((s) => domainOf(s).toUpperCase()))].filter(
      (d) => d !== def.name.toUpperCase(),
    ),
  });
  const relay = new OutboxRelay({
    databaseUrl: config.relayDatabaseUrl,
    nc,
    log: log.child({ component: 'outbox-relay' }),
  });
  await relay.start();

  const parts = { config, log, clock, db, nc };
  const c = await def.compose(parts, options);
  checkConsumersDeclared(def.name, c.consumers ?? []);
  const consumers = (c.consumers ?? []).map(
    (h) => new EventConsumer(h, { nc, db, log: log.child({ consumer: h.name }) }),
  );
  for (const consumer of consumers) await consumer.start();
  const workers = c.workers ?? [];
  for (const w of workers) await w.start();

  const verifier = new TokenVerifier({
    cells: config.keycloakCells,
    jwksTimeoutMs: config.jwksTimeoutMs,
    directory: options.directory ?? c.directory ?? tenancyDirectory(config),
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
    maxBodyBytes: config.maxBodyBytes,
  });
  log.info(`${def.name} subgraph listening`, { url: http.url });

  return {
    ...(c.expose as X),
    http,
    db,
    relay,
    consumers,
    async stop() {
      await http.close();
      await c.drain?.();
      for (const w of [...workers].reverse()) await w.stop();
      for (const consumer of consumers) await consumer.stop();
      await relay.stop();
      verifier.close();
      await nc.drain();
      await db.close();
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

function tenancyDirectory(config: SubgraphConfig): TenantDirectory {
  if (!config.tenancyUrl) throw new Error('a subgraph without its own directory needs SUBGRAPH_TENANCY_URL');
  return new CachedDirectory(
    new HttpDirectory(tenancyBaseUrl(config.tenancyUrl), config.internalSecret, config.directoryTimeoutMs),
  );
}

/** Tenancy serves the directory next to its GraphQL endpoint. */
export const tenancyBaseUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');
