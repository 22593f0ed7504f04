import { connect, JetStreamManager, NatsConnection, RetentionPolicy, StorageType, nanos } from 'nats';
import { Streams, streamName } from '@pm/contracts';

export interface NatsCredentials {
  /** The service's NATS user (deploy/nats/accounts.cjs: one per service of the manifest). */
  user: string;
  pass: string;
}

/** Replies (JetStream API answers, pulled messages) arrive under the service's own prefix. */
export const inboxPrefixOf = (user: string) => `_INBOX_${user}`;

/**
 * A connection as one service's user: its permissions allow subscribing only under its own
 * inbox prefix, so the prefix is set here (the default `_INBOX` is refused).
 */
export async function connectNats(
  servers: string,
  name: string,
  credentials?: NatsCredentials,
): Promise<NatsConnection> {
  return connect({
    servers,
    name,
    maxReconnectAttempts: -1,
    ...(credentials
      ? { user: credentials.user, pass: credentials.pass, inboxPrefix: inboxPrefixOf(credentials.user) }
      : {}),
  });
}

/** The duplicate window bounds how long a re-published outbox row is recognised by its msg id. */
export const DUPLICATE_WINDOW_MS = 2 * 60_000;

/** How long a domain stream keeps an event: a consumer may be redelivered it until then. */
export const STREAM_MAX_AGE_DAYS = 30;
/** How long a dead letter waits for `npm run dlq -- replay`, which sends it to every consumer again. */
export const DLQ_MAX_AGE_DAYS = 90;

function streamConfig(domain: string) {
  return {
    name: streamName(domain),
    subjects: [Streams[domain]],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    max_age: nanos((domain === 'DLQ' ? DLQ_MAX_AGE_DAYS : STREAM_MAX_AGE_DAYS) * 24 * 3600_000),
  };
}

/**
 * Creates or updates every stream of the platform: the operator's step (`npm run streams`,
 * deploy/nats/streams.mjs), run by the tooling before the services start. Services never
 * create or change a stream (see awaitStreams).
 */
export async function ensureStreams(nc: NatsConnection): Promise<void> {
  const jsm: JetStreamManager = await nc.jetstreamManager();
  for (const domain of Object.keys(Streams)) {
    const config = streamConfig(domain);
    try {
      await jsm.streams.info(config.name);
      await jsm.streams.update(config.name, config);
    } catch (e) {
      if (!/stream not found/i.test(String((e as Error).message))) throw e;
      try {
        await jsm.streams.add(config);
      } catch (e2) {
        // Another service's replica created it in between.
        if (!/already in use/i.test(String((e2 as Error).message))) throw e2;
      }
    }
  }
}

/**
 * Waits until the streams a service publishes to and consumes from exist (the operator creates
 * them). Until then the service does not start — it logs what is missing and how to provision
 * it, and looks again, so a deployment whose stream step runs late still comes up.
 */
export async function awaitStreams(
  nc: NatsConnection,
  domains: string[],
  o: { log?: { warn(msg: string, fields?: Record<string, unknown>): void }; retryMs?: number } = {},
): Promise<void> {
  const jsm = await nc.jetstreamManager();
  let warnedAt = 0;
  for (;;) {
    const missing: string[] = [];
    for (const d of domains) {
      try {
        await jsm.streams.info(streamName(d));
      } catch (e) {
        if (!/stream not found/i.test(String((e as Error).message))) throw e;
        missing.push(streamName(d));
      }
    }
    if (!missing.length) return;
    if (Date.now() - warnedAt > 15_000) {
      warnedAt = Date.now();
      o.log?.warn('waiting for JetStream streams the operator creates (npm run streams)', { missing });
    }
    await new Promise((r) => setTimeout(r, o.retryMs ?? 1_000));
  }
}

export function streamOf(subject: string): string {
  const entry = Object.entries(Streams).find(([, s]) => subject.startsWith(s.slice(0, -1)));
  if (!entry) throw new Error(`no stream for subject ${subject}`);
  return streamName(entry[0]);
}

/** `pm.<domain>.<event>` → the stream key of `Streams` (`TICKETS`). */
export const domainOf = (subject: string) => subject.split('.')[1] ?? '';
