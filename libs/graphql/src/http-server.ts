import { IncomingMessage, Server, ServerResponse, createServer } from 'http';
import { AddressInfo } from 'net';
import { ApolloServer, ApolloServerPlugin, BaseContext, HeaderMap } from '@apollo/server';
import { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { GatewayInterface } from '@apollo/server-gateway-interface';
import { Logger, PlatformMetrics, outcomeOf } from '@pm/observability';
import { TenantContext, runWithTenant } from '@pm/tenant-context';
import { errorFormatter } from './errors';
import { requestLogPlugin } from './request-log';
import { REQUEST_SEEN, RequestSeen, requestMetricsPlugin } from './request-metrics';
import { corsFor } from './cors';

export interface ServerOptions<C extends BaseContext> {
  port: number;
  log: Logger;
  production: boolean;
  schema?: GraphQLSchema;
  gateway?: GatewayInterface;
  context: (req: IncomingMessage, body: unknown) => Promise<C>;
  /**
   * Sees the request's head before its body is read; a request error it throws (`requestError`,
   * e.g. an address past its refusals) is answered at once and the body is never read or parsed.
   */
  admit?: (req: IncomingMessage) => void;
  ready: () => Promise<boolean>;
  plugins?: ApolloServerPlugin<C>[];
  maxBodyBytes?: number;
  /** The tenant the request acts for, set as the ambient context while it executes. */
  tenantOf?: (ctx: C) => TenantContext | undefined;
  /** Called once the response to a request whose context was built has been written. */
  finished?: (ctx: C) => void;
  /** Browser origins allowed to call (exact, no wildcard); none: no CORS headers at all. */
  corsOrigins?: readonly string[];
  /** Extra routes by path prefix (internal endpoints); each answers the whole response. */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  /** Request metrics are recorded here and `/metrics` answers with the deployable's metrics. */
  metrics?: PlatformMetrics;
  /** Who may read `/metrics` (default: anyone who reaches the port). */
  metricsAllowed?: (req: IncomingMessage) => boolean;
}

/** What Apollo's cache-control plugin answers when no field has a hint: no HTTP cache keeps a response. */
const uncacheable: ApolloServerPlugin<any> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  apollo: ApolloServer<any>;
  close(): Promise<void>;
}

/**
 * Apollo Server on plain node:http with health (/health: the process is up) and readiness
 * (/ready: its dependencies answer). No framework in between: fewer layers per request.
 */
export async function startGraphQLServer<C extends BaseContext>(o: ServerOptions<C>): Promise<RunningServer> {
  const apollo = new ApolloServer<C>({
    ...(o.gateway ? { gateway: o.gateway } : { schema: o.schema! }),
    introspection: !o.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: o.production,
    formatError: errorFormatter(o.log),
    // Inline (ftv1) traces are for Apollo's cloud; OpenTelemetry covers tracing here. Apollo's
    // cache-control plugin hooks every field a subgraph resolves (a tenth of a dashboard's CPU
    // with its 600 KPI objects) to find hints no type sets: off, its one answer kept below.
    plugins: [
      requestLogPlugin<C>(o.log),
      ...(o.metrics ? [requestMetricsPlugin<C>()] : []),
      ...(o.plugins ?? []),
      ...(o.schema
        ? [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), uncacheable]
        : []),
    ],
    allowBatchedHttpRequests: false,
    // A hash-only request would skip the gateway's limits (which read the query text) with new variables.
    persistedQueries: false,
  } as any);
  await apollo.start();
  const limit = o.maxBodyBytes ?? 1_000_000;
  const metrics = o.metrics;
  const cors = o.corsOrigins?.length ? corsFor(o.corsOrigins) : undefined;
  const format = errorFormatter(o.log);

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/health') return send(res, 200, { status: 'ok' });
      if (path === '/metrics' && metrics && (o.metricsAllowed?.(req) ?? true))
        return metrics.handle(req, res);
      if (path === '/ready') {
        const ok = await o.ready().catch(() => false);
        return send(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
      }
      const route = Object.entries(o.routes ?? {}).find(([prefix]) => path.startsWith(prefix));
      if (route) return await route[1](req, res);
      if (path !== '/graphql') return send(res, 404, { error: 'not found' });
      if (cors?.(req, res)) return;
      const started = performance.now();
      if (o.admit) {
        const refused = refusalOf(() => o.admit!(req));
        if (refused) {
          sendRefusal(res, refused, format);
          metrics?.graphqlRequest({
            operationName: undefined,
            outcome: outcomeOf([refused.extensions.code]),
            seconds: (performance.now() - started) / 1000,
          });
          return;
        }
      }
      const raw = await readBody(req, limit);
      const observed = (outcome: ReturnType<typeof outcomeOf>, operationName?: unknown, tenantId?: string) =>
        metrics?.graphqlRequest({
          operationName,
          tenantId,
          outcome,
          seconds: (performance.now() - started) / 1000,
        });
      if (raw === undefined) {
        observed('client_error');
        return send(res, 413, { error: 'request body too large' });
      }
      let body: unknown = raw;
      if ((req.headers['content-type'] ?? '').includes('application/json') && raw.length) {
        try {
          body = JSON.parse(raw);
        } catch {
          observed('client_error');
          return send(res, 400, {
            errors: [{ message: 'body is not JSON', extensions: { code: 'BAD_REQUEST' } }],
          });
        }
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers))
        if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      // The context is built first so the request can run inside its tenant's context;
      // a failure to build it is handed to Apollo, which formats it like any error.
      let ctx: C | undefined;
      let ctxError: unknown;
      try {
        ctx = await o.context(req, body);
      } catch (e) {
        ctxError = e;
      }
      const execute = () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: req.method ?? 'GET',
            headers,
            search: new URL(req.url ?? '/', 'http://x').search,
            body,
          },
          context: async () => {
            if (ctxError !== undefined) throw ctxError;
            return ctx!;
          },
        });
      const tenant = ctx && o.tenantOf?.(ctx);
      const requestSeen: RequestSeen = {};
      if (ctx && metrics) Object.defineProperty(ctx, REQUEST_SEEN, { value: requestSeen, enumerable: true });
      try {
        // A refusal of the request itself (token, limits, quotas) needs nothing of Apollo's
        // pipeline: answered here as Apollo would answer it, at a fraction of the cost.
        if (isRequestError(ctxError)) {
          sendRefusal(res, ctxError, format);
          return;
        }
        const result = tenant ? await runWithTenant(tenant, execute) : await execute();
        for (const [k, v] of result.headers) res.setHeader(k, v);
        res.statusCode = result.status ?? 200;
        if (result.body.kind === 'complete') res.end(result.body.string);
        else {
          for await (const chunk of result.body.asyncIterator) res.write(chunk);
          res.end();
        }
      } finally {
        if (ctx) o.finished?.(ctx);
        if (metrics) {
          // A refused context (token, limits) never reaches the plugin: its error is the outcome.
          const codes =
            ctxError !== undefined
              ? [(ctxError as { extensions?: { code?: unknown } }).extensions?.code]
              : requestSeen.codes;
          observed(
            outcomeOf(codes),
            requestSeen.operationName ?? (body as { operationName?: unknown } | null)?.operationName,
            tenant?.tenantId,
          );
        }
      }
    } catch (e) {
      o.log.error('http handler failed', { err: e as Error });
      if (!res.headersSent)
        send(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL' } }] });
      else res.end();
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, '0.0.0.0', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    server,
    apollo,
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}

type HttpHead = { status?: number; headers?: Map<string, string> };

/** An error raised for the request as a whole: `requestError` gives it its HTTP status. */
const isRequestError = (e: unknown): e is GraphQLError =>
  e instanceof GraphQLError && !!(e.extensions.http as HttpHead | undefined)?.status;

function refusalOf(check: () => void): GraphQLError | undefined {
  try {
    check();
    return undefined;
  } catch (e) {
    if (isRequestError(e)) return e;
    throw e;
  }
}

/** The response Apollo gives a request error: its status and headers, `{ errors: [formatted] }`. */
function sendRefusal(
  res: ServerResponse,
  e: GraphQLError,
  format: (f: GraphQLFormattedError, e: unknown) => GraphQLFormattedError,
): void {
  const { http, ...extensions } = e.extensions as { http?: HttpHead } & Record<string, unknown>;
  res.statusCode = http?.status ?? 500;
  for (const [k, v] of http?.headers ?? []) res.setHeader(k, v);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [format({ message: e.message, extensions }, e)] }));
}

export function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
