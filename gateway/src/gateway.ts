import { readFileSync } from 'fs';
import path from 'path';
import { IncomingMessage } from 'http';
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServerPlugin } from '@apollo/server';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import {
  AuthError,
  CachedDirectory,
  HttpDirectory,
  INTERNAL_HEADER,
  Principal,
  TokenVerifier,
  bearerOf,
  signInternal,
} from '@pm/auth';
import { ErrorCode } from '@pm/contracts';
import { RunningServer, clientIp, requestError, selectsOnly, startGraphQLServer } from '@pm/graphql';
import { Logger } from '@pm/observability';
import { GatewayConfig } from './config';
import { measure } from './limits';

export const SUPERGRAPH_PATH = path.resolve(__dirname, '../supergraph.graphql');
const PUBLIC_FIELDS = ['signUpPropertyCompany'];

export interface GatewayContext {
  authorization?: string;
  principal?: Principal;
  clientIp: string;
}

/**
 * Requests to subgraphs are rebuilt from scratch: only the verified bearer token, trace
 * context, the client address and the gateway's signature travel, so whatever identity
 * headers a client sends (x-tenant-id and the like) never reach a subgraph.
 */
class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private secret: string,
  ) {
    super({ url, fetcher: fetch as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http!.headers;
    for (const name of Array.from(headers.keys() as unknown as Iterable<string>))
      if (name !== 'content-type' && name !== 'apollographql-client-name') headers.delete(name);
    const auth = 'authorization' in context ? context.authorization : undefined;
    if (auth) headers.set('authorization', auth);
    headers.set(INTERNAL_HEADER, signInternal(this.secret, auth ?? ''));
    if ('clientIp' in context && context.clientIp) headers.set('x-pm-client-ip', context.clientIp);
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

function limitsPlugin(maxDepth: number, maxCost: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const { depth, cost } = measure(document, operation, request.variables ?? {});
          if (depth > maxDepth)
            throw new GraphQLError(`query depth ${depth} exceeds ${maxDepth}`, {
              extensions: { code: ErrorCode.VALIDATION_FAILED, http: { status: 400 } },
            });
          if (cost > maxCost)
            throw new GraphQLError(`query cost ${cost} exceeds ${maxCost}; ask for smaller pages`, {
              extensions: { code: ErrorCode.VALIDATION_FAILED, http: { status: 400 } },
            });
        },
      };
    },
  };
}

export interface RunningGateway {
  http: RunningServer;
  stop(): Promise<void>;
}

export async function startGateway(
  config: GatewayConfig,
  log: Logger,
  supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8'),
): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SignedDataSource(config.subgraphs[name] ?? url!, config.internalSecret),
  });
  const tenancyBase = config.subgraphs.tenancy.replace(/\/graphql$/, '');
  const verifier = new TokenVerifier({
    cells: config.keycloakCells,
    directory: new CachedDirectory(new HttpDirectory(tenancyBase, config.internalSecret)),
  });

  // Verified before planning: an unauthenticated operation is never planned or forwarded.
  const contextFor = async (req: IncomingMessage, body: unknown): Promise<GatewayContext> => {
    const authorization = req.headers.authorization;
    const ip = clientIp(req);
    if (!authorization) {
      if (selectsOnly(body, PUBLIC_FIELDS)) return { clientIp: ip };
      throw requestError(ErrorCode.UNAUTHENTICATED, 'a bearer token is required');
    }
    try {
      return { authorization, principal: await verifier.verify(bearerOf(authorization)), clientIp: ip };
    } catch (e) {
      if (e instanceof AuthError) throw requestError(e.code, 'invalid token');
      throw e;
    }
  };

  let loaded = false;
  gateway.onSchemaLoadOrUpdate(() => (loaded = true));
  const http = await startGraphQLServer<GatewayContext>({
    port: config.port,
    log,
    production: config.nodeEnv === 'production',
    gateway,
    context: contextFor,
    tenantOf: (ctx) => ctx.principal,
    ready: async () => loaded,
    plugins: [limitsPlugin(config.maxDepth, config.maxCost)],
  });
  log.info('gateway listening', { url: http.url, subgraphs: config.subgraphs });
  return {
    http,
    async stop() {
      await http.close();
      verifier.close();
    },
  };
}
