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

/** A transaction of the relay holding its rows' locks until they are marked. */
interface Claim {
  client: PoolClient;
  rows: OutboxRow[];
  onError: (err: Error) => void;
  /** The connection ended while held: not given back for reuse. */
  broken?: Error;
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
  /**
   * Set by every notification: one that arrives while a drain runs (its rows committed after the
   * drain's last select) finds no one waiting, and would otherwise wait for the next poll.
   */
  private notified = false;
  private loop?: Promise<void>;
  /** Refusals of a row by NATS, by row id (cleared when it is published or quarantined). */
  private refusals = new Map<string, number>();
  published = 0;
  quarantined = 0;

  constructor(private o: RelayOptions) {
    // The LISTEN connection and the two batches of drainPipelined.
    this.pool = new Pool({ connectionString: o.databaseUrl, max: 3 });
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
    listener.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
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
    const claim = await this.claim();
    return claim ? this.send(claim) : 0;
  }

  /**
   * Drains the backlog with two batches overlapping: while one batch's acks, mark and commit are
   * awaited, the next is locked (SKIP LOCKED passes over the rows in flight), validated and sent.
   * Its publishes are issued only after every publish of the batch before it, on the one
   * connection, so the stream receives the rows in the order they were selected. At most two
   * batches are held (2 × batchSize rows). As within one batch, a row NATS did not take (an
   * outage) goes out again after rows sent behind it; its msg id keeps it single on the stream.
   * Returns when a batch came back short; answers the rows handled.
   */
  private async drainPipelined(): Promise<number> {
    const size = this.batchSize();
    const sent: Promise<number>[] = [];
    let handled = 0;
    let failure: unknown;
    let full = true;
    try {
      while (full) {
        const claim = await this.claim();
        full = claim?.rows.length === size;
        if (claim) sent.push(this.send(claim));
        if (sent.length > 1) handled += await sent.shift()!;
      }
    } finally {
      // Every batch sent is settled before the loop goes on or backs off: none is left unheard.
      for (const r of await Promise.allSettled(sent.splice(0)))
        if (r.status === 'fulfilled') handled += r.value;
        else failure ??= r.reason;
    }
    if (failure !== undefined) throw failure;
    return handled;
  }

  private batchSize(): number {
    return this.o.batchSize ?? DEFAULT_BATCH;
  }

  /** A transaction holding the next pending rows (locked), or undefined when there are none. */
  private async claim(): Promise<Claim | undefined> {
    const client = await this.pool.connect();
    // Ended between statements (while the publishes are acked), a checked-out connection emits
    // 'error' with no query to take it: heard here, and the connection is not given back for reuse.
    const claim: Claim = {
      client,
      rows: [],
      onError: (err: Error) => {
        claim.broken = err;
        this.o.log.warn('relay database connection lost', { err });
      },
    };
    client.on('error', claim.onError);
    try {
      await client.query('begin');
      const { rows } = await client.query<OutboxRow>(
        `select id, subject, envelope::text as text from outbox where published_at is null and quarantined_at is null
         order by created_at, id limit $1 for update skip locked`,
        [this.batchSize()],
      );
      if (!rows.length) {
        await client.query('commit');
        this.release(claim);
        return undefined;
      }
      for (const r of rows) r.envelope = parseOrText(r.text!);
      claim.rows = rows;
      return claim;
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      this.release(claim);
      throw e;
    }
  }

  private release(claim: Claim): void {
    claim.client.off('error', claim.onError);
    claim.client.release(claim.broken);
  }

  /**
   * Issues the claimed rows' publishes at once (before it returns: their order on the wire is
   * the rows' order), then awaits the acks together, marks what went out in one statement,
   * quarantines what never can, commits and gives the connection back.
   */
  private send(claim: Claim): Promise<number> {
    const quarantine: { id: string; reason: string }[] = [];
    const publishable: OutboxRow[] = [];
    let acks: Promise<unknown>[];
    try {
      const js = this.o.nc.jetstream();
      for (const r of claim.rows) {
        const problem = this.rowProblem(r);
        if (problem) quarantine.push({ id: r.id, reason: problem });
        else publishable.push(r);
      }
      acks = publishable.map((r) => {
        const env = r.envelope as EventEnvelope;
        const h = natsHeaders();
        h.set('Pm-Tenant-Id', env.tenantId);
        h.set('Pm-Event-Type', env.type);
        if (env.trace?.traceparent) h.set('traceparent', env.trace.traceparent);
        if (env.trace?.tracestate) h.set('tracestate', env.trace.tracestate);
        return js.publish(r.subject, r.text ?? JSON.stringify(env), { msgID: r.id, headers: h });
      });
    } catch (e) {
      // Whatever went out is re-published under the same msg ids next time: the rows stay unmarked.
      return claim.client
        .query('rollback')
        .catch(() => undefined)
        .then(() => {
          this.release(claim);
          throw e;
        });
    }
    return this.settle(claim, publishable, acks, quarantine);
  }

  private async settle(
    claim: Claim,
    publishable: OutboxRow[],
    acks: Promise<unknown>[],
    quarantine: { id: string; reason: string }[],
  ): Promise<number> {
    const { client } = claim;
    try {
      const results = await Promise.allSettled(acks);
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
      this.release(claim);
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
        // A notification from now on may be for rows this drain does not see: it drains again.
        this.notified = false;
        await this.drainPipelined();
        backoff = 0;
        if (this.notified) continue;
      } catch (e) {
        backoff = Math.min(backoff ? backoff * 2 : 200, 5000);
        this.o.log.error('outbox relay failed; retrying', { err: e as Error, backoffMs: backoff });
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, backoff || (this.o.idleMs ?? 1000));
        this.wake = () => {
          clearTimeout(t);
          this.wake = undefined;
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
