import { EntityManager } from '@mikro-orm/postgresql';
import { Database } from '@pm/db';
import { Logger } from '@pm/observability';
import { policyValues } from '@pm/policy';
import { systemContext } from '@pm/tenant-context';
import { Clock, DEFAULT_TIME_ZONE, dateIn } from '@pm/time';
import { WebhookEvent } from '../event/event.entity';
import { SecretBox } from '../subscription/subscription.secret';
import { WebhookSubscription } from '../subscription/subscription.entity';
import { TargetGuard, TargetRefused } from '../target/target';
import { WebhookDelivery, WebhookDeliveryStatus } from './delivery.entity';
import { claimDeliveries, dueDeliveries, purgeHistory } from './delivery.queries';
import { RETRY_POLICY_KEYS, RetryPolicy, accepted, nextAttemptAt } from './delivery.rules';
import { signatureHeader } from './delivery.signature';

export interface DispatcherOptions {
  /** How often due deliveries are looked for; 0 = never by itself (tests call `runDue`). */
  pollMs: number;
  /** Each call's deadline. */
  timeoutMs: number;
  /** Calls in flight in this process, all companies together. */
  concurrency: number;
  /** Calls in flight for one company, all replicas together. */
  tenantConcurrency: number;
  /** Done deliveries and unused events older than this are deleted. */
  retentionDays: number;
}

/** What one send needs, read in the claim's transaction so the call itself holds no connection. */
interface Job {
  id: string;
  tenantId: string;
  url: string;
  secretSealed: string;
  event: WebhookEvent;
}

type Outcome = { status: number } | { error: string };

const PURGE_EVERY_MS = 3_600_000;

/**
 * The delivery worker (R-WHK-1…3). Each pass asks for due deliveries fairly across companies
 * (dueDeliveries), claims them under a lease in each company's transaction, then sends each one
 * outside any transaction — a slow receiver holds a slot, never a database connection — and
 * records the outcome in a second transaction. A process that dies mid-call leaves the lease to
 * expire and another pass sends it again: at least once, which is why receivers de-duplicate by
 * the event id. Why not libs/jobs: its handler runs inside the job's transaction (an HTTP call
 * would hold it for up to the timeout), one job at a time, with a fixed back-off, not a policy.
 */
export class DeliveryDispatcher {
  private readonly inFlight = new Set<Promise<void>>();
  private timer?: NodeJS.Timeout;
  private ticking?: Promise<unknown>;
  private stopped = false;
  private lastPurge = 0;

  constructor(
    private db: Database,
    private clock: Clock,
    private log: Logger,
    private guard: TargetGuard,
    private box: SecretBox,
    private o: DispatcherOptions,
  ) {}

  start(): void {
    if (this.o.pollMs <= 0) return;
    const loop = () => {
      if (this.stopped) return;
      this.ticking = this.tick()
        .catch((e) => this.log.error('webhook dispatch pass failed', { err: e as Error }))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(loop, this.o.pollMs);
        });
    };
    this.timer = setTimeout(loop, this.o.pollMs);
  }

  /** Stops polling and waits for the calls in flight (each bounded by the timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.ticking;
    await Promise.all(this.inFlight);
  }

  /**
   * One pass at `now` that waits for its own sends; returns how many it sent. Tests call it with
   * a later `now` to reach a retry without waiting for it.
   */
  async runDue(now: Date = this.clock.now()): Promise<number> {
    const sends = await this.claimAndSend(now);
    await Promise.all(sends);
    return sends.length;
  }

  /** A pass of the loop: it does not wait for the sends, so a slow receiver never delays the next pass. */
  private async tick(): Promise<void> {
    await this.claimAndSend(this.clock.now());
    if (Date.now() - this.lastPurge > PURGE_EVERY_MS) {
      this.lastPurge = Date.now();
      // occurred_at is the publisher's wall-clock time, so the cut-off is taken from the wall clock too.
      const purged = await this.db.platformTx((em) =>
        purgeHistory(em, new Date(Date.now() - this.o.retentionDays * 86_400_000)),
      );
      if (purged) this.log.info('webhook history purged', { events: purged });
    }
  }

  private async claimAndSend(now: Date): Promise<Promise<void>[]> {
    const free = this.o.concurrency - this.inFlight.size;
    if (free <= 0) return [];
    const due = await this.db.platformTx((em) => dueDeliveries(em, now, this.o.tenantConcurrency, free));
    const byTenant = new Map<string, string[]>();
    for (const d of due) byTenant.set(d.tenantId, [...(byTenant.get(d.tenantId) ?? []), d.id]);
    // Long enough for the call and the write of its outcome; past it, another pass may take it.
    const leaseUntil = new Date(now.getTime() + 2 * this.o.timeoutMs + 30_000);
    const sends: Promise<void>[] = [];
    for (const [tenantId, ids] of byTenant) {
      const jobs = await this.db.tx(
        (em) => this.claim(em, tenantId, ids, now, leaseUntil),
        systemContext(tenantId),
      );
      for (const job of jobs) {
        const p: Promise<void> = this.send(job)
          .catch((e) =>
            this.log.error('webhook delivery outcome not recorded', { deliveryId: job.id, err: e as Error }),
          )
          .finally(() => this.inFlight.delete(p));
        this.inFlight.add(p);
        sends.push(p);
      }
    }
    return sends;
  }

  private async claim(
    em: EntityManager,
    tenantId: string,
    ids: string[],
    now: Date,
    leaseUntil: Date,
  ): Promise<Job[]> {
    const claimed = await claimDeliveries(em, ids, now, leaseUntil);
    if (!claimed.length) return [];
    const deliveries = await em.find(WebhookDelivery, { id: { $in: claimed } });
    const subs = new Map(
      (await em.find(WebhookSubscription, { id: { $in: deliveries.map((d) => d.subscriptionId) } })).map(
        (s) => [s.id, s],
      ),
    );
    const events = new Map(
      (await em.find(WebhookEvent, { id: { $in: deliveries.map((d) => d.eventId) } })).map((e) => [e.id, e]),
    );
    return deliveries.flatMap((d) => {
      const s = subs.get(d.subscriptionId);
      const event = events.get(d.eventId);
      return s && event ? [{ id: d.id, tenantId, url: s.url, secretSealed: s.secretSealed, event }] : [];
    });
  }

  private async send(job: Job): Promise<void> {
    const at = this.clock.now();
    const t = Math.floor(at.getTime() / 1000);
    const e = job.event;
    // The body is the same on every attempt and replay; only the signed timestamp changes.
    const body = JSON.stringify({
      id: e.id,
      type: e.type,
      occurredAt: e.occurredAt.toISOString(),
      tenantId: job.tenantId,
      data: e.data,
    });
    let outcome: Outcome;
    try {
      outcome = await this.guard.post(
        job.url,
        body,
        {
          'Content-Type': 'application/json',
          'User-Agent': 'pm-platform-webhooks/1',
          'X-PM-Event-Id': e.id,
          'X-PM-Event-Type': e.type,
          'X-PM-Delivery-Id': job.id,
          'X-PM-Signature': signatureHeader(this.box.open(job.secretSealed), t, body),
        },
        this.o.timeoutMs,
      );
    } catch (err) {
      outcome = { error: errorOf(err) };
    }
    await this.record(job, at, outcome);
  }

  private async record(job: Job, at: Date, outcome: Outcome): Promise<void> {
    await this.db.tx(async (em) => {
      const d = await em.findOne(WebhookDelivery, { id: job.id });
      // Deleted with its subscription while the call was out.
      if (!d) return;
      const status = 'status' in outcome ? outcome.status : null;
      const startedAt = d.startedAt ?? at;
      const failures = d.attempts + 1;
      em.assign(d, {
        attempts: failures,
        startedAt,
        lastAttemptAt: at,
        lastResponseCode: status,
        lastError: 'error' in outcome ? outcome.error : null,
        leaseUntil: null,
      });
      if (status !== null && accepted(status)) {
        em.assign(d, { status: WebhookDeliveryStatus.DELIVERED, deliveredAt: at, nextAttemptAt: null });
        return;
      }
      const next = nextAttemptAt(await retryPolicy(em, at), failures, startedAt, at);
      em.assign(
        d,
        next ? { nextAttemptAt: next } : { status: WebhookDeliveryStatus.PARKED, nextAttemptAt: null },
      );
      this.log.warn(next ? 'webhook delivery failed; will retry' : 'webhook delivery parked', {
        deliveryId: d.id,
        attempts: failures,
        status,
        error: d.lastError,
        next: next?.toISOString(),
      });
    }, systemContext(job.tenantId));
  }
}

/** The company's retry policy in force at `at` (company-wide values, its default zone's date). */
async function retryPolicy(em: EntityManager, at: Date): Promise<RetryPolicy> {
  const v = await policyValues(em, Object.values(RETRY_POLICY_KEYS), null, dateIn(at, DEFAULT_TIME_ZONE));
  return {
    baseSeconds: Number(v[RETRY_POLICY_KEYS.baseSeconds]),
    maxDelayMinutes: Number(v[RETRY_POLICY_KEYS.maxDelayMinutes]),
    windowHours: Number(v[RETRY_POLICY_KEYS.windowHours]),
  };
}

/** A failed call as the delivery lists it: a stable code first, then the detail. */
function errorOf(e: unknown): string {
  if (e instanceof TargetRefused) return `${e.code}: ${e.message}`.slice(0, 500);
  const err = e as NodeJS.ErrnoException;
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'TIMEOUT: no answer in time';
  return `${err?.code ?? 'ERROR'}: ${String(err?.message ?? e)}`.slice(0, 500);
}
