import { IncomingMessage } from 'http';
import { ErrorCode } from '@pm/contracts';
import { INTERNAL_HEADER, TokenVerifier, bearerOf, verifyInternal } from '@pm/auth';
import { Database } from '@pm/db';
import { GraphQLContext } from './context';
import { requestError, verificationError } from './errors';
import { clientIp } from './http-server';

/** Set by the gateway on every subgraph call (headers are rebuilt there, so a client cannot set it). */
export const PUBLIC_ORIGIN_HEADER = 'x-pm-public-origin';

export interface SubgraphContextOptions {
  db: Database;
  verifier: TokenVerifier;
  internalSecret: string;
  /** Root fields that may be called without a token (sign-up). */
  isPublicOperation?: (body: unknown) => boolean;
}

/**
 * Subgraphs trust nothing: the call must come through the gateway (signed header) and
 * carry a token this subgraph verifies itself. Identity headers from clients are never read.
 */
export function subgraphContext(o: SubgraphContextOptions) {
  return async (req: IncomingMessage, body: unknown): Promise<GraphQLContext> => {
    const authorization = req.headers.authorization;
    if (
      !verifyInternal(
        o.internalSecret,
        authorization ?? '',
        req.headers[INTERNAL_HEADER] as string | undefined,
      )
    ) {
      throw requestError(ErrorCode.FORBIDDEN, 'subgraphs accept calls from the gateway only');
    }
    // The gateway's signed call vouches for the client address it forwards.
    const forwarded = req.headers['x-pm-client-ip'];
    const origin = req.headers[PUBLIC_ORIGIN_HEADER];
    const base: GraphQLContext = {
      db: o.db,
      loaders: new Map(),
      clientIp: typeof forwarded === 'string' ? forwarded : clientIp(req),
      publicOrigin: typeof origin === 'string' ? origin : undefined,
    };
    if (!authorization && o.isPublicOperation?.(body)) return base;
    try {
      return { ...base, authorization, principal: await o.verifier.verify(bearerOf(authorization)) };
    } catch (e) {
      throw verificationError(e) ?? e;
    }
  };
}
