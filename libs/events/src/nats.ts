import { connect, JetStreamManager, NatsConnection, RetentionPolicy, StorageType, nanos } from 'nats';
import { Streams, streamName } from '@pm/contracts';

export async function connectNats(servers: string, name: string): Promise<NatsConnection> {
  return connect({ servers, name, maxReconnectAttempts: -1 });
}

/** The duplicate window bounds how long a re-published outbox row is recognised by its msg id. */
export const DUPLICATE_WINDOW_MS = 2 * 60_000;

export async function ensureStreams(nc: NatsConnection): Promise<void> {
  const jsm: JetStreamManager = await nc.jetstreamManager();
  for (const [name, subject] of Object.entries(Streams)) {
    const config = {
      name: streamName(name),
      subjects: [subject],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      duplicate_window: nanos(DUPLICATE_WINDOW_MS),
      max_age: nanos((name === 'DLQ' ? 90 : 30) * 24 * 3600_000),
    };
    try {
      await jsm.streams.info(config.name);
      await jsm.streams.update(config.name, config);
    } catch (e) {
      if (!/stream not found/i.test(String((e as Error).message))) throw e;
      await jsm.streams.add(config);
    }
  }
}

export function streamOf(subject: string): string {
  const entry = Object.entries(Streams).find(([, s]) => subject.startsWith(s.slice(0, -1)));
  if (!entry) throw new Error(`no stream for subject ${subject}`);
  return streamName(entry[0]);
}
