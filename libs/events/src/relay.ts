import { NatsConnection, headers as natsHeaders } from 'nats';
import { Pool, PoolClient } from 'pg';
import { EventEnvelope, validateEnvelope } from '@pm/contracts';
import { Logger, PlatformMetrics } from '@pm/observability';
import { classifyError } from './failure';

export interface RelayOptions {
  databaseUrl: string;
  nc: NatsConnection;
  log: Logger;
  /** The service's domain: only `pm.<domain>.*` rows are publishable (its NATS user's permission). */
  domain?: string;
  metrics?: PlatformMetrics;
  batchSize?: number;
  idleMs?: number;
  /** A row NATS refuses this many times for a reason other than an outage goes to quarantine. */
  maxRefusals?: number;
}

interface OutboxRow {
  id: string;
  subject: string;
  envelope: unknown;
  /** The envelope as stored, published as is: no serialising of every row again. */
  text?: string;
}

/**
 * Publishes outbox rows to JetStream with `Nats-Msg-Id` = event id, then marks them.
 * A crash between publish and mark re-publishes on restart; JetStream drops the duplicate
 * inside its duplicate window and consumers' inboxes drop anything older. Rows are locked
 * with SKIP LOCKED so several replicas share the work.
 *
 * A row that can never be published — an envelope that fails its contract, a subject outside
 * the service's domain, a message NATS keeps refusing (too large, not permitted) — would hold
 * every row behind it for ever. It is quarantined instead (`quarantined_at`, with the reason;
 * counted as pm_outbox_quarantined_total) and the relay goes on. An outage (NATS or the
 * database away) quarantines nothing: the batch is retried with back-off.
 */
export class OutboxRelay {
  private pool: Pool;
  private listener?: PoolClient;
  private running = false;
  private wake?: () => void;
  private loop?: Promise<void>;
  /** Refusals of a row by NATS, by row id (cleared when it is published or quarantined). */
  private refusals = new Map<string, number>();
  published = 0;
  quarantined = 0;

  constructor(private o: RelayOptions) {
    this.pool = new Pool({ connectionString: o.databaseUrl, max: 2 });
    // An idle connection the server ends (failover, pg_terminate_backend) is an 'error' on the
    // pool; unheard, it would end the process. The pool opens a new one on the next query.
    this.pool.on('error', (err) => this.o.log.warn('relay database connection lost', { err }));
    // A connection can be ended in the very read that completes its start-up: the pool hands it
    // out and drops its own listener before connect()'s caller can add one, and an unheard
    // 'error' ends the process (chaos cuts billing's connections every 50 ms). Every connection
    // is heard from birth; whoever uses it next learns of the loss from its failed query.
    this.pool.on('connect', (client) =>
      client.on('error', (err) => this.o.log.debug('relay database connection ended', { err })),
    );
  }

  async start(): Promise<void> {
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  /**
   * LISTEN only shortens the wait: the loop also polls every idleMs, so a lost listener costs
   * latency until the loop opens it again, never events.
   */
  private async listen(): Promise<void> {
    const listener = await this.pool.connect();
    listener.on('notification', () => this.wake?.());
    listener.on('error', (err) => {
      this.o.log.warn('relay LISTEN connection lost; polling until it is back', { err });
      if (this.listener === listener) this.listener = undefined;
      listener.release(err);
    });
    try {
      await listener.query('listen outbox');
    } catch (e) {
      listener.release(e as Error);
      throw e;
    }
    this.listener = listener;
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.listener?.release();
    await this.pool.end();
  }

  /** Publishes everything pending now; returns how many rows it handled (published or quarantined). */
  async drainOnce(): Promise<number> {
    const batch = this.o.batchSize ?? DEFAULT_BATCH;
    const client = await this.pool.connect();
    // Ended between statements (while the publishes are acked), a checked-out connection emits
    // 'error' with no query to take it: heard here, and the connection is not given back for reuse.
    let broken: Error | undefined;
    const onError = (err: Error) => {
      broken = err;
      this.o.log.warn('relay database connection lost', { err });
    };
    client.on('error', onError);
    try {
      await client.query('begin');
      const { rows } = await client.query<OutboxRow>(
        `select id, subject, envelope::text as text from outbox where published_at is null and quarantined_at is null
         order by created_at, id limit $1 for update skip locked`,
        [batch],
      );
      for (const r of rows) r.envelope = parseOrText(r.text!);
      if (!rows.length) {
        await client.query('commit');
        return 0;
      }
      const js = this.o.nc.jetstream();
      const quarantine: { id: string; reason: string }[] = [];
      const publishable: OutboxRow[] = [];
      for (const r of rows) {
        const problem = this.rowProblem(r);
        if (problem) quarantine.push({ id: r.id, reason: problem });
        else publishable.push(r);
      }
      const results = await Promise.allSettled(
        publishable.map((r) => {
          const env = r.envelope as EventEnvelope;
          const h = natsHeaders();
          h.set('Pm-Tenant-Id', env.tenantId);
          h.set('Pm-Event-Type', env.type);
          if (env.trace?.traceparent) h.set('traceparent', env.trace.traceparent);
          if (env.trace?.tracestate) h.set('tracestate', env.trace.tracestate);
          return js.publish(r.subject, r.text ?? JSON.stringify(env), { msgID: r.id, headers: h });
        }),
      );
      const published: string[] = [];
      let outage: unknown;
      results.forEach((res, i) => {
        const id = publishable[i].id;
        if (res.status === 'fulfilled') {
          published.push(id);
          this.refusals.delete(id);
        } else if (classifyError(res.reason) === 'infrastructure') outage ??= res.reason;
        else {
          const n = (this.refusals.get(id) ?? 0) + 1;
          this.refusals.set(id, n);
          if (n >= (this.o.maxRefusals ?? 3))
            quarantine.push({ id, reason: `refused by NATS ${n} times: ${errorText(res.reason)}` });
          else outage ??= res.reason;
        }
      });
      if (published.length)
        await client.query('update outbox set published_at = now() where id = any($1::uuid[])', [published]);
      for (const q of quarantine) {
        await client.query('update outbox set quarantined_at = now(), quarantine_reason = $2 where id = $1', [
          q.id,
          q.reason.slice(0, 1000),
        ]);
        this.refusals.delete(q.id);
        this.o.log.error('outbox row quarantined: it can never be published', {
          eventId: q.id,
          reason: q.reason,
        });
      }
      await client.query('commit');
      this.published += published.length;
      this.quarantined += quarantine.length;
      if (published.length) this.o.metrics?.add('pm_outbox_published_total', published.length);
      if (quarantine.length) this.o.metrics?.add('pm_outbox_quarantined_total', quarantine.length);
      // What went out is marked; the rest waits for the back-off.
      if (outage !== undefined) throw outage;
      return published.length + quarantine.length;
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      throw e;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  /** Why a row can never be published, or undefined. */
  rowProblem(r: OutboxRow): string | undefined {
    const domain = this.o.domain;
    if (domain && !r.subject.startsWith(`pm.${domain}.`))
      return `subject ${r.subject} is outside the ${domain} domain`;
    const problems = validateEnvelope(r.envelope);
    if (problems.length) return `envelope: ${problems.join('; ')}`.slice(0, 1000);
    const env = r.envelope as EventEnvelope;
    if (r.subject !== `pm.${r.subject.split('.')[1]}.${env.type}`)
      return `subject ${r.subject} does not carry ${env.type}`;
    const max = this.o.nc.info?.max_payload;
    const size = Buffer.byteLength(r.text ?? JSON.stringify(env));
    if (max && size > max) return `envelope of ${size} bytes exceeds NATS max_payload ${max}`;
    return undefined;
  }

  /**
   * Age of the oldest row waiting to be published (0 when none) and the rows in quarantine:
   * the gauges pm_outbox_lag_seconds and pm_outbox_quarantined_rows.
   */
  async backlog(): Promise<{ lagSeconds: number; quarantined: number }> {
    const { rows } = await this.pool.query<{ lag: string | null; quarantined: string }>(
      `select (select extract(epoch from now() - min(created_at)) from outbox
                where published_at is null and quarantined_at is null) as lag,
              (select count(*) from outbox where quarantined_at is not null and published_at is null) as quarantined`,
    );
    return { lagSeconds: Math.max(0, Number(rows[0].lag ?? 0)), quarantined: Number(rows[0].quarantined) };
  }

  private async run(): Promise<void> {
    let backoff = 0;
    while (this.running) {
      try {
        if (!this.listener) await this.listen();
        const n = await this.drainOnce();
        backoff = 0;
        if (n === (this.o.batchSize ?? DEFAULT_BATCH)) continue;
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

/**
 * Rows per transaction: each is published asynchronously and the acks awaited together, so a
 * larger batch is fewer database round trips and ack waits per event.
 */
const DEFAULT_BATCH = 1_000;

/** A stored envelope is JSON (jsonb); should it not parse, validateEnvelope quarantines it. */
function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const errorText = (e: unknown) => String((e as { message?: unknown } | null)?.message ?? e).slice(0, 300);
