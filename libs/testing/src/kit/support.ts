import { IncomingMessage, Server } from 'http';
import { signInternal } from '@pm/auth';
import { loadGatewayConfig } from '../../../../gateway/src/config';

/** Signs like the gateway does, to reach a subgraph directly in tests. */
export const signInternalForTest = (authorization: string) =>
  signInternal(loadGatewayConfig().internalSecret, authorization);

/** Calls a subgraph's `_entities` as the gateway would (signed), the way a query plan does. */
export async function entitiesCall(
  subgraphUrl: string,
  token: string,
  representations: object[],
  selection: string,
): Promise<any> {
  const res = await fetch(subgraphUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'x-pm-internal': signInternalForTest(`Bearer ${token}`),
    },
    body: JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`,
      variables: { r: representations },
    }),
  });
  return res.json();
}

/** Polls until `probe` answers something truthy: projections fed by events are eventual. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  ms = 30_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Counts the requests an HTTP server receives (a second 'request' listener only watches). */
export function countRequests(server: Server, path?: string): () => number {
  let n = 0;
  server.on('request', (req: IncomingMessage) => {
    if (!path || (req.url ?? '').startsWith(path)) n++;
  });
  return () => n;
}

/**
 * Waits until a spied `execute` has seen no statement on `dbName` for `quietMs` (events of earlier
 * tests may still be consumed), then clears the spy, so what follows counts only its own work.
 */
export async function quiet(
  execute: jest.SpyInstance,
  dbName: string,
  quietMs = 1_500,
  maxMs = 30_000,
): Promise<void> {
  const onDb = () =>
    execute.mock.calls.filter((_, i) =>
      String(
        (execute.mock.contexts[i] as { config?: { get(k: string): unknown } })?.config?.get('dbName'),
      ).includes(dbName),
    ).length;
  const end = Date.now() + maxMs;
  let seen = onDb();
  let since = Date.now();
  while (Date.now() - since < quietMs && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    const now = onDb();
    if (now !== seen) [seen, since] = [now, Date.now()];
  }
  execute.mockClear();
}
