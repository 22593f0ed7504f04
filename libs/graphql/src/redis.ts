import { createClient } from 'redis';
import { Logger } from '@pm/observability';

const connect = (url: string, connectTimeoutMs: number) =>
  createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: connectTimeoutMs,
      reconnectStrategy: (n: number) => Math.min(100 * 2 ** n, 5000),
    },
  });
export type Redis = ReturnType<typeof connect>;

/**
 * The Redis every replica shares for quotas and limiters. Commands fail at once while it is
 * unreachable (no offline queue), so a request never waits on it; the limiters then fall back to
 * a per-replica memory limiter until it is back.
 */
export async function connectRedis(url: string, log: Logger, connectTimeoutMs = 2000): Promise<Redis> {
  const client = connect(url, connectTimeoutMs);
  let reported = false;
  client.on('error', (err: Error) => {
    if (!reported) log.warn('redis unavailable; limits fall back to this replica', { err });
    reported = true;
  });
  client.on('ready', () => (reported = false));
  await client.connect();
  return client;
}
