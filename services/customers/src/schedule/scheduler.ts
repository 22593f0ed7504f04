import { EntityManager } from '@mikro-orm/postgresql';
import { Database, uuidv7 } from '@pm/db';
import { Logger } from '@pm/observability';
import { runWithTenant, systemContext } from '@pm/tenant-context';
import { Clock } from '@pm/time';
import { one, q, tenantId, ts } from '@pm/db';

export type JobHandler = (em: EntityManager, payload: any, job: { id: string; runAt: Date }) => Promise<void>;

export const MAX_JOB_ATTEMPTS = 5;

/** Writes a job in the caller's transaction: it exists if and only if the change that needs it does. */
export async function scheduleJob(
  em: EntityManager,
  kind: string,
  runAt: Date,
  payload: object,
): Promise<string> {
  const id = uuidv7();
  await q(em, 'insert into scheduled_jobs (id, tenant_id, kind, run_at, payload) values (?, ?, ?, ?, ?)', [
    id,
    tenantId(),
    kind,
    runAt,
    JSON.stringify(payload),
  ]);
  return id;
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
    const due = await this.db.platformTx((em) =>
      q<{ id: string; tenant_id: string }>(em, 'select id, tenant_id from due_scheduled_jobs(?, ?)', [
        now,
        limit,
      ]),
    );
    let ran = 0;
    for (const d of due) if (await this.runOne(d.id, d.tenant_id, now)) ran++;
    return ran;
  }

  private async runOne(id: string, tenant: string, now: Date): Promise<boolean> {
    const ctx = systemContext(tenant);
    return runWithTenant(ctx, async () => {
      try {
        return await this.db.tx(async (em) => {
          const job = await one(
            em,
            `select id, kind, payload, run_at from scheduled_jobs where id = ? and status = 'PENDING' and run_at <= ?
             for update skip locked`,
            [id, now],
          );
          if (!job) return false;
          const handler = this.handlers[job.kind];
          if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
          await handler(em, job.payload, { id, runAt: ts(job.run_at)! });
          await q(
            em,
            `update scheduled_jobs set status = 'DONE', done_at = ?, attempts = attempts + 1 where id = ?`,
            [now, id],
          );
          return true;
        }, ctx);
      } catch (e) {
        this.log.warn('scheduled job failed', { jobId: id, err: e as Error });
        await this.db.tx(
          (em) =>
            q(
              em,
              `update scheduled_jobs set attempts = attempts + 1, last_error = ?,
                 status = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end,
                 run_at = ? where id = ?`,
              [
                String((e as Error).message).slice(0, 500),
                MAX_JOB_ATTEMPTS,
                new Date(now.getTime() + 60_000),
                id,
              ],
            ),
          ctx,
        );
        return false;
      }
    });
  }
}
