import { Pool } from 'pg';
import { Logger, PlatformMetrics } from '@pm/observability';
import { DLQ_MAX_AGE_DAYS, STREAM_MAX_AGE_DAYS } from './nats';

/**
 * How long after an event was processed the same event can still arrive: it stays up to its
 * stream's max_age before it is dead-lettered, then up to the DLQ's max_age before a replay
 * (`npm run dlq -- replay`) sends it to every consumer of its subject again. The inbox row that
 * makes that harmless must outlive this.
 */
export const REDELIVERY_HORIZON_DAYS = STREAM_MAX_AGE_DAYS + DLQ_MAX_AGE_DAYS;

/** Refuses an inbox retention that would let a redelivered event be applied a second time. */
export function checkInboxRetention(days: number): void {
  if (!(days > REDELIVERY_HORIZON_DAYS))
    throw new Error(
      `INBOX_RETENTION_DAYS=${days} must be more than ${REDELIVERY_HORIZON_DAYS}: an event can arrive again up to ` +
        `${STREAM_MAX_AGE_DAYS} days (stream max_age) + ${DLQ_MAX_AGE_DAYS} days (dead letters, replayed to every consumer) ` +
        `after it was processed, and only its inbox row keeps it from being applied twice`,
    );
}

export interface RetentionOptions {
  /** The relay role's connection: it may delete published outbox rows and inbox rows of every tenant. */
  databaseUrl: string;
  log: Logger;
  metrics?: PlatformMetrics;
  /** Published outbox rows are kept this long after publication (OUTBOX_RETENTION_HOURS). */
  outboxRetentionHours: number;
  /** Inbox rows are kept this long after processing (INBOX_RETENTION_DAYS); more than REDELIVERY_HORIZON_DAYS. */
  inboxRetentionDays: number;
  /** Rows one statement deletes at most. */
  batchSize?: number;
  /** Statements per table in one sweep at most; what is left waits for the next sweep. */
  maxBatches?: number;
  /** Between two statements, so the deletes never hold the database's I/O for long. */
  pauseMs?: number;
  /** Between two sweeps. */
  everyMs?: number;
}

export interface SweepResult {
  outbox: number;
  inbox: number;
  /** A table still had rows past its retention when the sweep stopped at maxBatches. */
  capped: boolean;
}

/**
 * Deletes what the event tables no longer need, so they stop growing with the platform's age:
 * outbox rows published more than OUTBOX_RETENTION_HOURS ago (an unpublished or quarantined row is
 * never touched) and inbox rows processed more than INBOX_RETENTION_DAYS ago. Each sweep deletes
 * in statements of at most batchSize rows with a pause between them and stops after maxBatches per
 * table. Runs in the relay's process as the relay role; replicas skip each other's locked rows.
 * The cut-off is the database's clock, the one that stamped published_at and processed_at.
 */
export class EventRetention {
  private pool?: Pool;
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<unknown>;
  private running = false;
  private stopping = false;

  constructor(private o: RetentionOptions) {
    checkInboxRetention(o.inboxRetentionDays);
    if (!(o.outboxRetentionHours > 0))
      throw new Error(`OUTBOX_RETENTION_HOURS must be positive, got ${o.outboxRetentionHours}`);
  }

  start(): void {
    this.running = true;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.sweeping?.catch(() => undefined);
    await this.pool?.end();
    this.pool = undefined;
  }

  /** One sweep; `now` replaces the database's clock (tests). */
  async sweep(now?: Date): Promise<SweepResult> {
    const outbox = await this.prune('outbox', OUTBOX_SQL, this.o.outboxRetentionHours, now);
    const inbox = await this.prune('inbox', INBOX_SQL, this.o.inboxRetentionDays, now);
    return { outbox: outbox.deleted, inbox: inbox.deleted, capped: outbox.capped || inbox.capped };
  }

  private schedule(): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.sweeping = this.sweep()
        .then((r) => {
          if (r.outbox || r.inbox) this.o.log.info('event tables pruned', { ...r });
          if (r.capped)
            this.o.log.warn('event retention is behind: a sweep stopped at its cap, the rest waits', {
              ...r,
            });
        })
        .catch((err) => this.o.log.error('event retention sweep failed; tried again later', { err }))
        .finally(() => this.schedule());
    }, this.o.everyMs ?? DEFAULT_EVERY_MS);
    this.timer.unref();
  }

  private async prune(
    table: 'outbox' | 'inbox',
    sql: string,
    retention: number,
    now: Date | undefined,
  ): Promise<{ deleted: number; capped: boolean }> {
    const size = this.o.batchSize ?? DEFAULT_BATCH;
    const max = this.o.maxBatches ?? DEFAULT_MAX_BATCHES;
    let deleted = 0;
    for (let i = 0; i < max; i++) {
      if (i) await new Promise((r) => setTimeout(r, this.o.pauseMs ?? DEFAULT_PAUSE_MS));
      // A shutdown waits for one statement at most, not for the rest of the sweep.
      if (this.stopping) return { deleted, capped: true };
      const n = (await this.db().query(sql, [now ?? null, retention, size])).rowCount ?? 0;
      deleted += n;
      if (n) this.o.metrics?.add('pm_events_pruned_total', n, { table });
      if (n < size) return { deleted, capped: false };
    }
    return { deleted, capped: true };
  }

  private db(): Pool {
    if (!this.pool) {
      this.pool = new Pool({ connectionString: this.o.databaseUrl, max: 1 });
      // An idle connection the server ends is an 'error' on the pool; unheard, it would end the process.
      this.pool.on('error', (err) => this.o.log.warn('retention database connection lost', { err }));
      // Ended in the read that completes its start-up, a connection has no listener yet (see OutboxRelay).
      this.pool.on('connect', (client) =>
        client.on('error', (err) => this.o.log.debug('retention database connection ended', { err })),
      );
    }
    return this.pool;
  }
}

/** `published_at <` leaves every unpublished (and so every quarantined) row alone. */
const OUTBOX_SQL = `delete from outbox where ctid = any(array(
  select ctid from outbox
   where published_at < coalesce($1::timestamptz, now()) - make_interval(hours => $2)
   order by published_at limit $3 for update skip locked))`;

/** No row lock in the select: the relay role may not update the inbox; a row two replicas both pick is deleted once. */
const INBOX_SQL = `delete from inbox where ctid = any(array(
  select ctid from inbox
   where processed_at < coalesce($1::timestamptz, now()) - make_interval(days => $2)
   order by processed_at limit $3))`;

const DEFAULT_BATCH = 1_000;
/** 100 statements of 1,000 rows every 5 minutes: 1.2 million rows an hour per table and replica. */
const DEFAULT_MAX_BATCHES = 100;
const DEFAULT_PAUSE_MS = 50;
const DEFAULT_EVERY_MS = 5 * 60_000;
