import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Database } from '@pm/db';
import { Logger } from '@pm/observability';
import { runWithTenant, systemContext } from '@pm/tenant-context';
import { Clock } from '@pm/time';
import { ScheduledJob } from './job.entity';

/** What a job carries: ids and dates, as strings. */
export type JobPayload = Record<string, string>;

/**
 * Runs in the job's tenant transaction; its effect commits with the job's DONE mark. A periodic
 * job answers when it runs next (`rerunAt`): the same row moves forward instead of being done.
 */
export type JobHandler = (
  em: EntityManager,
  payload: JobPayload,
  job: { id: string; runAt: Date; /** The runner's "now" (runDue's argument). */ now: Date },
) => Promise<void | { rerunAt: Date }>;

/** A job in the caller's transaction: it exists if and only if the change that needs it does. */
export function scheduleJob(em: EntityManager, kind: string, runAt: Date, payload: JobPayload): ScheduledJob {
  return em.create(ScheduledJob, { kind, runAt, payload });
}

/**
 * One pending job per key and tenant (a periodic job such as "dunning of this tenant"): the
 * existing one is moved to `runAt` rather than doubled. A concurrent first scheduling of the same
 * key fails on the unique index, so the caller's transaction retries or fails, never doubles.
 */
export async function scheduleSingleton(
  em: EntityManager,
  singletonKey: string,
  kind: string,
  runAt: Date,
  payload: JobPayload = {},
): Promise<ScheduledJob> {
  const pending = await em.findOne(ScheduledJob, { singletonKey, status: 'PENDING' });
  if (pending) return em.assign(pending, { runAt, payload, kind });
  return em.create(ScheduledJob, { kind, runAt, payload, singletonKey });
}

export interface JobRunnerOptions {
  pollMs: number;
  /** Attempts before a job is FAILED (kept, with its last error, for an operator). */
  maxAttempts?: number;
  /** Back-off after the n-th failure: base × 2^(n−1), at most cap. */
  retryBaseMs?: number;
  retryCapMs?: number;
  /** Jobs taken per poll. */
  batch?: number;
}

/** Batches one poll may run before it yields to the next poll. */
const MAX_BATCHES_PER_POLL = 20;

export const retryDelayMs = (attempts: number, baseMs: number, capMs: number): number =>
  Math.min(capMs, baseMs * 2 ** Math.max(0, attempts - 1));

/**
 * The one durable job runner (customers' reminders and care calendar, billing's daily dunning):
 * rows in `scheduled_jobs`, so they survive restarts. Due jobs of every tenant are listed by a
 * security-definer function; each is then locked `for update skip locked` inside its tenant's
 * transaction — the lock is the lease: several replicas never run one job twice, and a runner
 * that dies mid-job releases it with its connection. Failures back off exponentially.
 */
export class JobRunner {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private readonly o: Required<JobRunnerOptions>;

  constructor(
    private db: Database,
    private clock: Clock,
    private log: Logger,
    private handlers: Record<string, JobHandler>,
    options: JobRunnerOptions,
  ) {
    this.o = { maxAttempts: 5, retryBaseMs: 30_000, retryCapMs: 3_600_000, batch: 50, ...options };
  }

  start(): void {
    if (this.o.pollMs <= 0) return;
    this.timer = setInterval(() => {
      if (!this.running)
        this.running = this.runDue()
          .catch((e) => {
            this.log.error('job poll failed', { err: e as Error });
            return 0;
          })
          .finally(() => (this.running = undefined));
    }, this.o.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /**
   * Runs the jobs due at `now`, tenants taking turns; returns how many ran. Tests call it with
   * their own clock, and with `tenantId` to run their own company's jobs only — a shared test
   * database holds other suites' companies whose jobs fall due at a far test date too.
   */
  async runDue(now: Date = this.clock.now(), scope: { tenantId?: string } = {}): Promise<number> {
    let ran = 0;
    // Batch after batch while they come full (09:00 makes every property's pass due at once),
    // bounded so one poll cannot run for ever; a job that failed is moved on by its back-off.
    for (let round = 0; round < MAX_BATCHES_PER_POLL; round++) {
      const due = await this.db.platformTx((em) => dueJobs(em, now, this.o.batch, scope.tenantId));
      let held = 0;
      for (const d of due) {
        const outcome = await this.runOne(d.id, d.tenantId, now);
        if (outcome === 'ran') ran++;
        else if (outcome === 'held') held++;
      }
      // A short batch is the last; one held whole is another replica's. A failed job has moved
      // past `now` by its back-off, so a batch of failures does not stop the jobs due behind it.
      if (due.length < this.o.batch || held === due.length) break;
    }
    return ran;
  }

  private async runOne(id: string, tenant: string, now: Date): Promise<'ran' | 'held' | 'failed'> {
    const ctx = systemContext(tenant);
    return runWithTenant(ctx, async () => {
      try {
        return await this.db.tx(async (em) => {
          const job = await em.findOne(
            ScheduledJob,
            { id, status: 'PENDING', runAt: { $lte: now } },
            { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
          );
          if (!job) return 'held';
          const handler = this.handlers[job.kind];
          if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
          const outcome = await handler(em, job.payload, { id, runAt: job.runAt, now });
          if (outcome?.rerunAt) em.assign(job, { runAt: outcome.rerunAt, attempts: 0, lastError: null });
          else em.assign(job, { status: 'DONE', doneAt: now, attempts: job.attempts + 1 });
          return 'ran';
        }, ctx);
      } catch (e) {
        this.log.warn('scheduled job failed', { jobId: id, err: e as Error });
        await this.db.tx(async (em) => {
          const job = await em.findOneOrFail(ScheduledJob, id);
          const attempts = job.attempts + 1;
          em.assign(job, {
            attempts,
            lastError: String((e as Error).message).slice(0, 500),
            status: attempts >= this.o.maxAttempts ? 'FAILED' : 'PENDING',
            runAt: new Date(now.getTime() + retryDelayMs(attempts, this.o.retryBaseMs, this.o.retryCapMs)),
          });
        }, ctx);
        return 'failed';
      }
    });
  }
}

/**
 * Due jobs of every tenant (or of one), tenants taking turns. Raw because it calls the set-returning security-definer
 * function of `jobsTablesSql`: the poll runs outside any tenant and pm_app has no BYPASSRLS, so no
 * entity query can see these rows. One statement per poll.
 */
async function dueJobs(
  em: EntityManager,
  now: Date,
  limit: number,
  tenantId: string | undefined,
): Promise<{ id: string; tenantId: string }[]> {
  const rows: { id: string; tenant_id: string }[] = await em.execute(
    'select id, tenant_id from due_scheduled_jobs(?, ?, ?)',
    [now, limit, tenantId ?? null],
  );
  return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id }));
}
