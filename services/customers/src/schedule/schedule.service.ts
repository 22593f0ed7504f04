import { EntityManager, LockMode } from '@mikro-orm/postgresql';

import { Database } from '@pm/db';
import { Logger } from '@pm/observability';
import { runWithTenant, systemContext } from '@pm/tenant-context';
import { ScheduledJob } from './schedule.entity';
import { dueJobs } from './schedule.queries';
import { Clock } from '@pm/time';

/** What a job carries: ids and dates, as strings. */
export type JobPayload = Record<string, string>;

export type JobHandler = (
  em: EntityManager,
  payload: JobPayload,
  job: { id: string; runAt: Date },
) => Promise<void>;

const MAX_JOB_ATTEMPTS = 5;
const RETRY_AFTER_MS = 60_000;

/** A job in the caller's transaction: it exists if and only if the change that needs it does. */
export function scheduleJob(em: EntityManager, kind: string, runAt: Date, payload: JobPayload): ScheduledJob {
  return em.create(ScheduledJob, { kind, runAt, payload });
}

/**
 * Durable timers (move-in reminders and escalations, care calendar): rows in `scheduled_jobs`,
 * so they survive restarts. Due jobs of every tenant are listed by a security-definer function;
 * each is then locked with `for update skip locked` inside its tenant's transaction, so several
 * replicas never run one job twice, and its effect commits with its DONE mark.
 */
export class Scheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private db: Database,
    private clock: Clock,
    private log: Logger,
    private handlers: Record<string, JobHandler>,
    private pollMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (!this.running)
        this.running = this.runDue()
          .catch((e) => {
            this.log.error('scheduler poll failed', { err: e as Error });
            return 0;
          })
          .finally(() => (this.running = undefined));
    }, this.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Runs every job due at `now`; returns how many ran. Tests call it with their own clock. */
  async runDue(now: Date = this.clock.now(), limit = 50): Promise<number> {
    const due = await this.db.platformTx((em) => dueJobs(em, now, limit));
    let ran = 0;
    for (const d of due) if (await this.runOne(d.id, d.tenantId, now)) ran++;
    return ran;
  }

  private async runOne(id: string, tenant: string, now: Date): Promise<boolean> {
    const ctx = systemContext(tenant);
    return runWithTenant(ctx, async () => {
      try {
        return await this.db.tx(async (em) => {
          const job = await em.findOne(
            ScheduledJob,
            { id, status: 'PENDING', runAt: { $lte: now } },
            { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
          );
          if (!job) return false;
          const handler = this.handlers[job.kind];
          if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
          await handler(em, job.payload, { id, runAt: job.runAt });
          em.assign(job, { status: 'DONE', doneAt: now, attempts: job.attempts + 1 });
          return true;
        }, ctx);
      } catch (e) {
        this.log.warn('scheduled job failed', { jobId: id, err: e as Error });
        await this.db.tx(async (em) => {
          const job = await em.findOneOrFail(ScheduledJob, id);
          const attempts = job.attempts + 1;
          em.assign(job, {
            attempts,
            lastError: String((e as Error).message).slice(0, 500),
            status: attempts >= MAX_JOB_ATTEMPTS ? 'FAILED' : 'PENDING',
            runAt: new Date(now.getTime() + RETRY_AFTER_MS),
          });
        }, ctx);
        return false;
      }
    });
  }
}
