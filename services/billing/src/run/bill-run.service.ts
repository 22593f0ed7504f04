import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database, uuidv7 } from '@pm/db';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { Logger } from '@pm/observability';
import { TenantContext, requireTenant, runWithTenant } from '@pm/tenant-context';
import { addDays, Clock, dateIn, isPeriod } from '@pm/time';
import { named, one, q } from '@pm/db';
import { periodWindow } from '../common/period';
import { billingPolicy } from '../common/policies';
import { feeScheduleAt } from '../fee/fee-schedule.service';
import { propertyKnown } from '../projection/projection.consumers';

export interface BillingRunRow {
  id: string;
  propertyId: string;
  period: string;
  status: 'RUNNING' | 'DONE' | 'FAILED';
  billsCreated: number;
  unitsTotal: number;
  unitsDone: number;
  attempts: number;
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

export const runRow = (r: any): BillingRunRow => ({
  id: r.id,
  propertyId: r.property_id,
  period: r.period,
  status: r.status,
  billsCreated: Number(r.bills_created),
  unitsTotal: Number(r.units_total),
  unitsDone: Number(r.units_done),
  attempts: Number(r.attempts),
  error: r.error,
  startedAt: new Date(r.started_at),
  finishedAt: r.finished_at ? new Date(r.finished_at) : null,
});

export interface BillRunOptions {
  chunkSize: number;
  /** Called after each committed chunk (tests make it throw to simulate a crash half-way). */
  chunkHook?: (chunk: number, runId: string) => void | Promise<void>;
}

/** A run RUNNING without a heartbeat for this long is taken over by a new runBilling. */
const STALE_MS = 5 * 60_000;

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

  async start(ctx: TenantContext, input: { propertyId: string; period: string }): Promise<BillingRunRow> {
    if (ctx.propertyScope !== 'ALL') assertPropertyVisible(ctx as Principal, input.propertyId);
    if (!isPeriod(input.period))
      throw validationFailed('period must be YYYY-MM', [{ field: 'period', message: 'YYYY-MM' }]);
    const run = await this.db.tx(async (em) => {
      if (!(await propertyKnown(em, input.propertyId))) throw notFound('property');
      const units = await one(em, 'select count(*)::int as n from units_projection where property_id = ?', [
        input.propertyId,
      ]);
      const rows = await q(
        em,
        `insert into billing_runs (id, tenant_id, property_id, period, status, units_total, started_by)
         values (?, app_current_tenant(), ?, ?, 'RUNNING', ?, ?)
         on conflict (tenant_id, property_id, period) do update
           set status = 'RUNNING', attempts = billing_runs.attempts + 1, error = null, units_done = 0,
               units_total = excluded.units_total, started_at = now(), finished_at = null
           where billing_runs.status <> 'RUNNING' or billing_runs.started_at < now() - (? || ' milliseconds')::interval
         returning *, (xmax = 0) as inserted`,
        [uuidv7(), input.propertyId, input.period, units.n, ctx.actor.id ?? null, String(STALE_MS)],
      );
      if (rows.length) return { row: runRow(rows[0]), startNew: true };
      const existing = await one(em, 'select * from billing_runs where property_id = ? and period = ?', [
        input.propertyId,
        input.period,
      ]);
      return { row: runRow(existing), startNew: false };
    }, ctx);
    if (run.startNew) {
      // The job continues after the response; its promise is kept so stop() can wait for it.
      const job = runWithTenant(ctx, () => this.execute(ctx, run.row)).finally(() =>
        this.running.delete(job),
      );
      this.running.add(job);
    }
    return run.row;
  }

  async get(ctx: TenantContext, id: string): Promise<BillingRunRow | null> {
    const r = await this.db.tx((em) => one(em, 'select * from billing_runs where id = ?', [id]), ctx);
    if (!r) return null;
    if (ctx.propertyScope !== 'ALL' && !ctx.propertyScope.includes(r.property_id)) return null;
    return runRow(r);
  }

  /** Waits for the background runs of this process (shutdown, tests). */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  /** Runs every chunk; never throws (the run row records FAILED with the reason). */
  async execute(ctx: TenantContext, run: BillingRunRow): Promise<void> {
    try {
      const setup = await this.db.tx((em) => this.prepare(em, run), ctx);
      let after = '00000000-0000-0000-0000-000000000000';
      for (let chunk = 1; ; chunk++) {
        const r = await this.db.tx(async (em) => {
          const res = await this.chunk(em, run, setup, after);
          await q(
            em,
            `update billing_runs set bills_created = bills_created + ?, units_done = units_done + ?, started_at = now()
             where id = ?`,
            [res.created, res.processed, run.id],
          );
          return res;
        }, ctx);
        if (!r.processed) break;
        after = r.last!;
        await this.o.chunkHook?.(chunk, run.id);
        if (r.processed < this.o.chunkSize) break;
      }
      await this.db.tx(
        (em) =>
          q(
            em,
            `update billing_runs set status = 'DONE', finished_at = now(),
               bills_created = (select count(*) from bills where property_id = ? and period = ?)
             where id = ?`,
            [run.propertyId, run.period, run.id],
          ),
        ctx,
      );
    } catch (e) {
      this.log.error('bill run failed', { runId: run.id, err: e as Error });
      await this.db
        .tx(
          (em) =>
            q(em, `update billing_runs set status = 'FAILED', error = ?, finished_at = now() where id = ?`, [
              String((e as Error).message).slice(0, 500),
              run.id,
            ]),
          ctx,
        )
        .catch((err) => this.log.error('could not mark the run failed', { runId: run.id, err }));
    }
  }

  private async prepare(em: EntityManager, run: BillingRunRow) {
    const today = dateIn(this.clock.now(), 'UTC');
    const pol = await billingPolicy(em, run.propertyId, today);
    const w = periodWindow(run.period, {
      boundaryDay: pol.boundaryDay,
      dueDay: pol.dueDay,
      repairCutoffDay: pol.repairCutoffDay,
      timeZone: pol.timeZone,
    });
    // Prices in force on the last day of the billing month; they are copied onto the lines.
    const fees = await feeScheduleAt(em, run.propertyId, addDays(w.endDate, -1));
    const ratePolicy = await billingPolicy(em, run.propertyId, w.dueDate);
    return {
      window: w,
      fees,
      issuedOn: dateIn(this.clock.now(), pol.timeZone),
      lateFeeRate: String(ratePolicy.lateFeeRatePerDay),
      rounding: ratePolicy.rounding,
      timeZone: pol.timeZone,
    };
  }

  /**
   * One chunk in one statement: the next `chunkSize` units, their payer, metered consumption,
   * unbilled repair charges; bills inserted with `on conflict do nothing`, then lines, the
   * repair charges marked and one bill.issued outbox row — only for bills this chunk created.
   */
  private async chunk(
    em: EntityManager,
    run: BillingRunRow,
    s: Awaited<ReturnType<BillRunService['prepare']>>,
    after: string,
  ): Promise<{ created: number; processed: number; last: string | null }> {
    const f = s.fees;
    const [sql, params] = named(
      `with
      chunk as materialized (
        select u.id as unit_id, u.area_sqm from units_projection u
        where u.property_id = :prop and u.id > :after order by u.id limit :lim
      ),
      payer as (
        select c.unit_id, (
          select o.customer_id from occupancy_projection o
          where o.unit_id = c.unit_id and o.start_date < :endDate and (o.end_date is null or o.end_date >= :startDate)
          order by o.start_date desc, (o.kind = 'OWNER') desc, o.id desc limit 1) as customer_id
        from chunk c
      ),
      prices (meter, price, label, ord) as (values ('WATER', :water::int, 'Water', 2), ('ELECTRICITY', :power::int, 'Electricity', 3), ('GAS', :gas::int, 'Gas', 4)),
      span as (select unit_id as last from chunk order by unit_id desc limit 1),
      readings as (
        select r.unit_id, r.meter,
               max(r.reading) as cur,
               coalesce(max(r.reading) filter (where r.read_at < :startAt::timestamptz), min(r.reading)) as prev
        from meter_readings r join chunk c on c.unit_id = r.unit_id
        where r.status = 'ACCEPTED' and r.read_at < :endAt::timestamptz
          -- the chunk's key range, so the (tenant, unit, meter, read_at) index reads only its readings
          and r.unit_id > :after::uuid and r.unit_id <= (select last from span)
        group by r.unit_id, r.meter
      ),
      repairs as materialized (
        select rc.ticket_id, rc.unit_id, rc.amount_fen from repair_charges rc join chunk c on c.unit_id = rc.unit_id
        where rc.bill_id is null and rc.completed_at < :cutoff::timestamptz
          and rc.unit_id > :after::uuid and rc.unit_id <= (select last from span)
      ),
      lines as materialized (
        select c.unit_id, 1 as ord, 'MANAGEMENT' as kind,
               'Management fee' as description,
               c.area_sqm::numeric(14,3) as quantity, :mgmt::int as unit_price_fen,
               round(c.area_sqm * :mgmt::int)::bigint as amount_fen, null::uuid as ticket_id
        from chunk c
        union all
        select r.unit_id, p.ord, r.meter, p.label,
               r.cur - r.prev, p.price, round((r.cur - r.prev) * p.price)::bigint, null::uuid
        from readings r join prices p on p.meter = r.meter where r.cur > r.prev
        union all
        select x.unit_id, 5, 'REPAIR', 'Paid repair', null, null, x.amount_fen, x.ticket_id
        from repairs x
      ),
      totals as (select unit_id, sum(amount_fen)::bigint as total from lines group by unit_id),
      ins as (
        insert into bills (id, tenant_id, run_id, property_id, unit_id, customer_id, period, issued_on, due_date, status,
                           total_fen, late_fee_rate, rounding, time_zone)
        select billing_uuidv7(), app_current_tenant(), :run::uuid, :prop::uuid, c.unit_id, p.customer_id, :period,
               :issuedOn::date, :due::date, case when coalesce(t.total, 0) = 0 then 'PAID' else 'ISSUED' end,
               coalesce(t.total, 0), :rate, :rounding, :tz
        from chunk c join payer p on p.unit_id = c.unit_id left join totals t on t.unit_id = c.unit_id
        order by c.unit_id
        on conflict (tenant_id, unit_id, period) do nothing
        returning id, unit_id, customer_id, total_fen
      ),
      ins_lines as (
        insert into bill_lines (tenant_id, bill_id, kind, description, quantity, unit_price_fen, amount_fen, ticket_id)
        select app_current_tenant(), i.id, l.kind, l.description, l.quantity, l.unit_price_fen, l.amount_fen, l.ticket_id
        from ins i join lines l on l.unit_id = i.unit_id order by i.id, l.ord
      ),
      marked as (
        update repair_charges rc set bill_id = i.id from ins i, repairs x
        where x.ticket_id = rc.ticket_id and x.unit_id = i.unit_id
      ),
      ev as materialized (select billing_uuidv7() as eid, i.* from ins i),
      ins_outbox as (
        insert into outbox (id, tenant_id, subject, envelope)
        select ev.eid, app_current_tenant(), 'pm.billing.bill.issued', jsonb_build_object(
          'id', ev.eid, 'type', 'bill.issued', 'version', 1, 'tenantId', app_current_tenant(),
          'occurredAt', :occurredAt::text,
          'actor', :actor::jsonb,
          'payload', jsonb_strip_nulls(jsonb_build_object('billId', ev.id, 'propertyId', :prop::uuid, 'unitId', ev.unit_id,
            'customerId', ev.customer_id, 'period', :period, 'totalFen', ev.total_fen, 'dueDate', :due)))
        from ev
      )
      select (select count(*) from ins)::int as created, (select count(*) from chunk)::int as processed,
             (select max(unit_id::text) from chunk) as last`,
      {
        prop: run.propertyId,
        after,
        lim: this.o.chunkSize,
        endDate: s.window.endDate,
        startDate: s.window.startDate,
        startAt: s.window.startAt.toISOString(),
        endAt: s.window.endAt.toISOString(),
        cutoff: s.window.repairCutoffAt.toISOString(),
        water: f.waterFenPerUnit,
        power: f.electricityFenPerUnit,
        gas: f.gasFenPerUnit,
        mgmt: f.managementFenPerSqm,
        run: run.id,
        period: run.period,
        issuedOn: s.issuedOn,
        due: s.window.dueDate,
        rate: s.lateFeeRate,
        rounding: s.rounding,
        tz: s.timeZone,
        occurredAt: this.clock.now().toISOString(),
        actor: JSON.stringify(currentActor()),
      },
    );
    // The planner cannot know a CTE's row count and overestimates; JIT compiling then costs
    // ~0.9 s per chunk (measured), more than the work. This statement never benefits from it.
    await q(em, 'set local jit = off');
    const [r] = await q(em, sql, params);
    return { created: r.created, processed: r.processed, last: r.last };
  }
}

const currentActor = () => {
  const a = requireTenant().actor;
  return a.id ? { kind: a.kind, id: a.id } : { kind: a.kind };
};
