import { IncomingMessage, Server } from 'http';
import { signInternal } from '@pm/auth';
import { loadGatewayConfig } from '../src/config';

export { codes, gql } from '@pm/testing';

/** Signs like the gateway does, to reach a subgraph directly in tests. */
export const signInternalForTest = (authorization: string) =>
  signInternal(loadGatewayConfig().internalSecret, authorization);

/** Counts the requests an HTTP server receives (a second 'request' listener only watches). */
export function countRequests(server: Server, path?: string): () => number {
  let n = 0;
  server.on('request', (req: IncomingMessage) => {
    if (!path || (req.url ?? '').startsWith(path)) n++;
  });
  return () => n;
}
