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

function streamConfig(domain: string) {
  return {
    name: streamName(domain),
    subjects: [Streams[domain]],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    max_age: nanos((domain === 'DLQ' ? 90 : 30) * 24 * 3600_000),
  };
}

/**
 * Makes the streams exist. `only` limits it to what a service's NATS user may touch: its own
 * stream is created or updated; the others it names (dead letters, the streams it consumes
 * from) are only created when missing, never changed. Without `only` (the operator): all.
 */
export async function ensureStreams(
  nc: NatsConnection,
  only?: { own: string; others: string[] },
): Promise<void> {
  const jsm: JetStreamManager = await nc.jetstreamManager();
  const domains = only ? [only.own, ...only.others] : Object.keys(Streams);
  for (const domain of domains) {
    const config = streamConfig(domain);
    const mayUpdate = !only || domain === only.own;
    try {
      await jsm.streams.info(config.name);
      if (mayUpdate) await jsm.streams.update(config.name, config);
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

export function streamOf(subject: string): string {
  const entry = Object.entries(Streams).find(([, s]) => subject.startsWith(s.slice(0, -1)));
  if (!entry) throw new Error(`no stream for subject ${subject}`);
  return streamName(entry[0]);
}

/** `pm.<domain>.<event>` → the stream key of `Streams` (`TICKETS`). */
export const domainOf = (subject: string) => subject.split('.')[1] ?? '';
