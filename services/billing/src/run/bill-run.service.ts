import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, Clock, dateIn, isPeriod } from '@pm/time';
import { Database } from '@pm/db';
import { notFound, validationFailed } from '@pm/graphql';
import { Logger, PlatformMetrics } from '@pm/observability';
import { TenantContext, runWithTenant } from '@pm/tenant-context';
import { Bill } from '../bill/bill.entity';
import { periodWindow } from '../common/period';
import { billingPolicy } from '../common/policies';
import { feeScheduleAt } from '../fee/fee-schedule.service';
import { UnitProjection } from '../projection/projection.entity';
import { lockProperty } from '../projection/projection.service';
import { BillingRun, BillingRunStatus } from './bill-run.entity';
import { ChunkParams, billChunk } from './bill-run.queries';
import { mayRestart } from './bill-run.rules';

export interface BillRunOptions {
  chunkSize: number;
  /** Called after each committed chunk (tests make it throw to simulate a crash half-way). */
  chunkHook?: (chunk: number, runId: string) => void | Promise<void>;
  /** Each finished run's duration and units, by status (DONE, FAILED). */
  metrics?: PlatformMetrics;
}

type RunSetup = Omit<ChunkParams, 'after' | 'occurredAt'>;

/**
 * R-BIL-2 bill runs: one bill per unit of the property and period, made by set-based SQL in
 * chunks of units (one transaction each), so 100,000 bills never sit in memory. Idempotent:
 * bills are unique per (tenant, unit, period); a re-run inserts only what is missing.
 */
export class BillRunService {
  private running = new Set<Promise<void>>();

  constructor(
    private db: Database,
    private clock: Clock,
    private log: Logger,
    private o: BillRunOptions,
  ) {}

  async start(ctx: TenantContext, input: { propertyId: string; period: string }): Promise<BillingRun> {
    if (!isPeriod(input.period))
      throw validationFailed('period must be YYYY-MM', [{ field: 'period', message: 'YYYY-MM' }]);
    const now = this.clock.now();
    const { run, startNew } = await this.db.tx(async (em) => {
      // Another site's property is not found (site filter); its row lock makes concurrent starts take turns.
      if (!(await lockProperty(em, input.propertyId))) throw notFound('property');
      const unitsTotal = await em.count(UnitProjection, { propertyId: input.propertyId });
      const existing = await em.findOne(BillingRun, { propertyId: input.propertyId, period: input.period });
      if (!existing) {
        const created = em.create(BillingRun, {
          propertyId: input.propertyId,
          period: input.period,
          status: BillingRunStatus.RUNNING,
          unitsTotal,
          startedAt: now,
          startedBy: ctx.actor.id ?? null,
        });
        return { run: created, startNew: true };
      }
      if (!mayRestart(existing, now)) return { run: existing, startNew: false };
      Object.assign(existing, {
        status: BillingRunStatus.RUNNING,
        attempts: existing.attempts + 1,
        error: null,
        unitsDone: 0,
        unitsTotal,
        startedAt: now,
        finishedAt: null,
      });
      return { run: existing, startNew: true };
    }, ctx);
    if (startNew) {
      // The job continues after the response; its promise is kept so stop() can wait for it.
      const job = runWithTenant(ctx, () => this.runChunks(ctx, run)).finally(() => this.running.delete(job));
      this.running.add(job);
    }
    return run;
  }

  /** Starts (or resumes) the run and waits for it: the scheduled monthly run (R-BIL-2). */
  async runToEnd(ctx: TenantContext, input: { propertyId: string; period: string }): Promise<BillingRun> {
    const run = await this.start(ctx, input);
    await this.idle();
    return (await this.get(ctx, run.id))!;
  }

  async get(ctx: TenantContext, id: string): Promise<BillingRun | null> {
    return this.db.tx((em) => em.findOne(BillingRun, id), ctx);
  }

  /** Waits for the background runs of this process (shutdown, tests). */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  /** Runs every chunk; never throws (the run row records FAILED with the reason). */
  private async runChunks(ctx: TenantContext, run: BillingRun): Promise<void> {
    const started = performance.now();
    let units = 0;
    const finished = (status: 'done' | 'failed') => {
      this.o.metrics?.record('pm_bill_run_duration_seconds', (performance.now() - started) / 1000, {
        status,
      });
      this.o.metrics?.add('pm_bill_run_rows_total', units, { status });
    };
    try {
      const setup = await this.db.tx((em) => this.prepare(em, ctx, run), ctx);
      let after = '00000000-0000-0000-0000-000000000000';
      for (let chunk = 1; ; chunk++) {
        const r = await this.db.tx(async (em) => {
          const res = await billChunk(em, { ...setup, after, occurredAt: this.clock.now().toISOString() });
          const row = await em.findOneOrFail(BillingRun, run.id);
          row.billsCreated += res.created;
          row.unitsDone += res.processed;
          row.startedAt = this.clock.now();
          return res;
        }, ctx);
        units += r.processed;
        if (!r.processed) break;
        after = r.last!;
        await this.o.chunkHook?.(chunk, run.id);
        if (r.processed < this.o.chunkSize) break;
      }
      await this.db.tx(async (em) => {
        const row = await em.findOneOrFail(BillingRun, run.id);
        row.status = BillingRunStatus.DONE;
        row.finishedAt = this.clock.now();
        row.billsCreated = await em.count(Bill, { propertyId: run.propertyId, period: run.period });
      }, ctx);
      finished('done');
    } catch (e) {
      finished('failed');
      this.log.error('bill run failed', { runId: run.id, err: e as Error });
      await this.db
        .tx(async (em) => {
          const row = await em.findOneOrFail(BillingRun, run.id);
          row.status = BillingRunStatus.FAILED;
          row.error = String((e as Error).message).slice(0, 500);
          row.finishedAt = this.clock.now();
        }, ctx)
        .catch((err) => this.log.error('could not mark the run failed', { runId: run.id, err }));
    }
  }

  private async prepare(em: EntityManager, ctx: TenantContext, run: BillingRun): Promise<RunSetup> {
    const pol = await billingPolicy(em, run.propertyId, dateIn(this.clock.now(), 'UTC'));
    const today = dateIn(this.clock.now(), pol.timeZone);
    const window = periodWindow(run.period, {
      boundaryDay: pol.boundaryDay,
      dueDay: pol.dueDay,
      repairCutoffDay: pol.repairCutoffDay,
      timeZone: pol.timeZone,
      noticeDay: pol.noticeDay,
      collectionWindowStartDay: pol.collectionWindowStartDay,
    });
    // Prices in force on the last day of the billing month; they are copied onto the lines.
    const fees = await feeScheduleAt(em, run.propertyId, addDays(window.endDate, -1));
    const ratePolicy = await billingPolicy(em, run.propertyId, window.dueDate);
    const actor = ctx.actor.id ? { kind: ctx.actor.kind, id: ctx.actor.id } : { kind: ctx.actor.kind };
    return {
      runId: run.id,
      propertyId: run.propertyId,
      period: run.period,
      limit: this.o.chunkSize,
      window,
      fees,
      // Dated per the period (R-BIL-2): a run made late still issues on the period's notice day;
      // one made earlier (a manual run) on its own day, so the bill counts from when it exists.
      issuedOn: today < window.noticeDate ? today : window.noticeDate,
      lateFeeRate: String(ratePolicy.lateFeeRatePerDay),
      rounding: ratePolicy.rounding,
      timeZone: pol.timeZone,
      actor,
    };
  }
}
