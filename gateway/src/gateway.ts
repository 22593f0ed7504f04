import { readFileSync } from 'fs';
import path from 'path';
import proxyaddr from 'proxy-addr';
import { IncomingMessage } from 'http';
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { GraphQLError, Kind } from 'graphql';
import {
  AuthError,
  CachedDirectory,
  DependencyTimeoutError,
  HttpDirectory,
  HttpRevocations,
  INTERNAL_HEADER,
  Principal,
  RevocationList,
  TokenVerifier,
  bearerOf,
  isAbort,
  signInternal,
} from '@pm/auth';
import { ErrorCode, KNOWN_OPERATIONS } from '@pm/contracts';
import {
  PartnerUsage,
  PUBLIC_ORIGIN_HEADER,
  RunningServer,
  connectRedis,
  requestError,
  startGraphQLServer,
  verificationError,
} from '@pm/graphql';
import { Logger, PlatformMetrics } from '@pm/observability';
import { GatewayConfig } from './config';
import { Admitted, GraphQLRequestParts, OperationGuard } from './limits';
import { SupergraphCosts } from './cost';
import { Quotas } from './quotas';
import { RefusalLimiter } from './refusals';
import { HttpPartnerSource, PersistedOperations, persistedIdOf } from './persisted';
import { DOCUMENTS_PATH, documentDownload, publicOrigin } from './documents';

export const SUPERGRAPH_PATH = path.resolve(__dirname, '../supergraph.graphql');
const PUBLIC_FIELDS = ['signUpPropertyCompany'];

export interface GatewayContext {
  authorization?: string;
  principal?: Principal;
  clientIp: string;
  /** Where links to documents point (the gateway's public origin). */
  publicOrigin?: string;
  /** Frees the tenant's in-flight slot once the response is written. */
  release?: () => void;
}

/**
 * Requests to subgraphs are rebuilt from scratch: only the verified bearer token, trace
 * context, the client address and the gateway's signature travel, so whatever identity
 * headers a client sends (x-tenant-id and the like) never reach a subgraph.
 */
class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private name: string,
    url: string,
    private secret: string,
    private timeoutMs: number,
  ) {
    super({ url, fetcher: fetcherWithin(timeoutMs) as never });
  }

  /** The deadline may pass while the body is read, after the fetcher returned: named here too. */
  override didEncounterError(error: Error): void {
    if (isAbort(error)) throw new DependencyTimeoutError(`subgraph ${this.name}`, this.timeoutMs);
    throw error;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http!.headers;
    for (const name of Array.from(headers.keys() as unknown as Iterable<string>))
      if (name !== 'content-type' && name !== 'apollographql-client-name') headers.delete(name);
    const auth = 'authorization' in context ? context.authorization : undefined;
    if (auth) headers.set('authorization', auth);
    headers.set(INTERNAL_HEADER, signInternal(this.secret, auth ?? ''));
    if ('clientIp' in context && context.clientIp) headers.set('x-pm-client-ip', context.clientIp);
    if ('publicOrigin' in context && context.publicOrigin)
      headers.set(PUBLIC_ORIGIN_HEADER, context.publicOrigin);
    const carrier: Record<string, string> = {};
    propagation.inject(otelContext.active(), carrier);
    for (const [k, v] of Object.entries(carrier)) headers.set(k, v);
  }

  /** A subgraph's 4xx (e.g. a variable its scalar rejects) keeps the subgraph's error and code. */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    const err = await super.errorFromResponse(response);
    const first = (
      err.extensions.response as
        { body?: { errors?: { message: string; extensions?: Record<string, unknown> }[] } } | undefined
    )?.body?.errors?.[0];
    const code = first?.extensions?.code;
    if (typeof code !== 'string' || code === ErrorCode.INTERNAL) return err;
    return new GraphQLError(first!.message, {
      extensions: {
        ...first!.extensions,
        code: code === 'BAD_USER_INPUT' ? ErrorCode.VALIDATION_FAILED : code,
      },
    });
  }
}

/** Every subgraph fetch has a deadline; one past it fails as TIMEOUT, naming the subgraph. */
const fetcherWithin =
  (timeoutMs: number): typeof fetch =>
  (input, init) =>
    fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });

/** The operation's parts, from a POST body or a GET query string (Apollo accepts both). */
function requestParts(req: IncomingMessage, body: unknown): GraphQLRequestParts {
  if (req.method !== 'GET') return (body && typeof body === 'object' ? body : {}) as GraphQLRequestParts;
  const search = new URL(req.url ?? '/', 'http://x').searchParams;
  let variables: unknown;
  try {
    variables = JSON.parse(search.get('variables') ?? '{}');
  } catch {
    variables = {};
  }
  return { query: search.get('query') ?? undefined, operationName: search.get('operationName'), variables };
}

const isPublic = (op: Admitted | undefined) =>
  !!op &&
  op.operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && (PUBLIC_FIELDS.includes(s.name.value) || s.name.value === '__typename'),
  );

export interface RunningGateway {
  http: RunningServer;
  metrics: PlatformMetrics;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  /** The clock document links are checked against (tests pass the services' test clock). */
  now?: () => Date;
}

export async function startGateway(
  config: GatewayConfig,
  log: Logger,
  supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8'),
  options: GatewayOptions = {},
): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SignedDataSource(
        name,
        config.subgraphs[name] ?? url!,
        config.internalSecret,
        config.subgraphTimeoutMs,
      ),
  });
  const tenancyBase = config.subgraphs.tenancy.replace(/\/graphql$/, '');
  const metrics = new PlatformMetrics({
    service: 'gateway',
    knownOperations: KNOWN_OPERATIONS,
    topTenants: config.metricsTopTenants,
  });
  const verifier = new TokenVerifier({
    cells: config.keycloakCells,
    jwksTimeoutMs: config.jwksTimeoutMs,
    directory: new CachedDirectory(
      new HttpDirectory(tenancyBase, config.internalSecret, config.directoryTimeoutMs),
      { metrics },
    ),
    metrics,
    revocations: new RevocationList(
      new HttpRevocations(tenancyBase, config.internalSecret, config.directoryTimeoutMs),
      { refreshMs: config.revocationRefreshMs, maxStaleMs: config.revocationMaxStaleMs },
    ),
  });

  const guard = new OperationGuard(new SupergraphCosts(supergraphSdl), config, metrics);
  const redis = await connectRedis(config.redisUrl, log);
  const quotas = new Quotas(redis, config);
  const usage = new PartnerUsage(redis, config.redisKeyPrefix);
  const persisted = new PersistedOperations(
    new HttpPartnerSource(tenancyBase, config.internalSecret, config.directoryTimeoutMs),
  );
  const refusals = new RefusalLimiter({
    perWindow: config.refusalsPerAddress,
    windowS: config.quotaWindowS,
    maxAddresses: 100_000,
  });
  const trusted = proxyaddr.compile(
    config.trustedProxies
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  );

  // Measured and verified before planning: an operation past a limit or without a verified token
  // is never planned or forwarded.
  const contextFor = async (req: IncomingMessage, body: unknown): Promise<GatewayContext> => {
    // Behind a trusted proxy the client is the last address it appended to X-Forwarded-For.
    const ip = proxyaddr(req, trusted);
    const origin = publicOrigin(
      req,
      config.publicUrl,
      trusted(req.socket.remoteAddress ?? '', 0),
      config.port,
    );
    const refuse = (e: GraphQLError) => {
      refusals.note(ip);
      return e;
    };
    const check = (parts: GraphQLRequestParts) => {
      try {
        return guard.check(parts);
      } catch (e) {
        throw e instanceof GraphQLError ? refuse(e) : e;
      }
    };
    // A registered operation by id is measured once its document is known (after the token).
    const persistedId = req.method === 'POST' ? persistedIdOf(body) : undefined;
    let admitted = persistedId === undefined ? check(requestParts(req, body)) : undefined;
    const authorization = req.headers.authorization;
    if (!authorization) {
      if (isPublic(admitted)) return { clientIp: ip, publicOrigin: origin };
      throw refuse(requestError(ErrorCode.UNAUTHENTICATED, 'a bearer token is required'));
    }
    try {
      const principal = await verifier.verify(bearerOf(authorization));
      if (principal.actor.kind === 'partner' && principal.clientId)
        usage.note(principal.tenantId, principal.clientId);
      const document = await persisted.resolve(principal, persistedId).catch((e) => {
        throw e instanceof GraphQLError ? refuse(e) : e;
      });
      if (document !== undefined) {
        // Apollo runs what the body holds: the registered document replaces the id, and the
        // APQ extension goes (persisted queries are off in Apollo itself).
        const b = body as { query?: string; id?: unknown; extensions?: Record<string, unknown> };
        b.query = document;
        delete b.id;
        if (b.extensions) delete b.extensions.persistedQuery;
        admitted = check(requestParts(req, b));
      }
      const release = await quotas.admit(principal, admitted?.cost ?? 1);
      return { authorization, principal, clientIp: ip, publicOrigin: origin, release };
    } catch (e) {
      // The reason stays in the gateway: a prober learns only that the token did not pass.
      if (e instanceof AuthError) throw refuse(requestError(e.code, 'invalid token'));
      throw verificationError(e) ?? e;
    }
  };

  let loaded = false;
  gateway.onSchemaLoadOrUpdate(() => (loaded = true));
  const http = await startGraphQLServer<GatewayContext>({
    port: config.port,
    log,
    production: config.nodeEnv === 'production',
    corsOrigins: config.corsOrigins,
    maxBodyBytes: config.maxBodyBytes,
    gateway,
    context: contextFor,
    // An address past its refusals is answered before its body is read (up to 1 MB of it).
    admit: (req) => refusals.check(proxyaddr(req, trusted)),
    tenantOf: (ctx) => ctx.principal,
    ready: async () => loaded,
    finished: (ctx) => ctx.release?.(),
    metrics,
    // The gateway is the public entry: what the ingress forwards (it adds X-Forwarded-For) never
    // sees the metrics (tenant ids, cache ratios); Prometheus scrapes the pod directly.
    metricsAllowed: (req) => req.headers['x-forwarded-for'] === undefined,
    routes: {
      [DOCUMENTS_PATH]: documentDownload({
        linkSecret: config.documentLinkSecret,
        internalSecret: config.internalSecret,
        subgraphs: config.subgraphs,
        verifier,
        refusals,
        clientIp: (req) => proxyaddr(req, trusted),
        timeoutMs: config.subgraphTimeoutMs,
        now: options.now ?? (() => new Date()),
        log,
      }),
    },
  });
  log.info('gateway listening', { url: http.url, subgraphs: config.subgraphs });
  return {
    http,
    metrics,
    async stop() {
      await http.close();
      verifier.close();
      await redis.quit().catch(() => undefined);
      await metrics.shutdown();
    },
  };
}
