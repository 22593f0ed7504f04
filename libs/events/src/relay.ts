import { NatsConnection, headers as natsHeaders } from 'nats';
import { Pool, PoolClient } from 'pg';
import { Logger } from '@pm/observability';

export interface RelayOptions {
  databaseUrl: string;
  nc: NatsConnection;
  log: Logger;
  batchSize?: number;
  idleMs?: number;
}

/**
 * Publishes outbox rows to JetStream with `Nats-Msg-Id` = event id, then marks them.
 * A crash between publish and mark re-publishes on restart; JetStream drops the duplicate
 * inside its duplicate window and consumers' inboxes drop anything older. Rows are locked
 * with SKIP LOCKED so several replicas share the work.
 */
export class OutboxRelay {
  private pool: Pool;
  private listener?: PoolClient;
  private running = false;
  private wake?: () => void;
  private loop?: Promise<void>;
  published = 0;

  constructor(private o: RelayOptions) {
    this.pool = new Pool({ connectionString: o.databaseUrl, max: 2 });
  }

  async start(): Promise<void> {
    this.running = true;
    this.listener = await this.pool.connect();
    this.listener.on('notification', () => this.wake?.());
    await this.listener.query('listen outbox');
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.listener?.release();
    await this.pool.end();
  }

  /** Publishes everything pending now; returns how many rows went out. */
  async drainOnce(): Promise<number> {
    const batch = this.o.batchSize ?? 256;
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ id: string; subject: string; envelope: Record<string, any> }>(
        `select id, subject, envelope from outbox where published_at is null
         order by created_at, id limit $1 for update skip locked`,
        [batch],
      );
      if (!rows.length) {
        await client.query('commit');
        return 0;
      }
      const js = this.o.nc.jetstream();
      await Promise.all(
        rows.map((r) => {
          const h = natsHeaders();
          h.set('Pm-Tenant-Id', r.envelope.tenantId);
          h.set('Pm-Event-Type', r.envelope.type);
          if (r.envelope.trace?.traceparent) h.set('traceparent', r.envelope.trace.traceparent);
          if (r.envelope.trace?.tracestate) h.set('tracestate', r.envelope.trace.tracestate);
          return js.publish(r.subject, JSON.stringify(r.envelope), { msgID: r.id, headers: h });
        }),
      );
      await client.query('update outbox set published_at = now() where id = any($1::uuid[])', [
        rows.map((r) => r.id),
      ]);
      await client.query('commit');
      this.published += rows.length;
      return rows.length;
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  private async run(): Promise<void> {
    let backoff = 0;
    while (this.running) {
      try {
        const n = await this.drainOnce();
        backoff = 0;
        if (n === (this.o.batchSize ?? 256)) continue;
      } catch (e) {
        backoff = Math.min(backoff ? backoff * 2 : 200, 5000);
        this.o.log.error('outbox relay failed; retrying', { err: e as Error, backoffMs: backoff });
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, backoff || (this.o.idleMs ?? 1000));
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
  }
}
