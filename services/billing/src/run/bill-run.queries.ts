import { EntityManager } from '@mikro-orm/postgresql';
import { named } from '@pm/db';
import { PeriodWindow } from '../common/period';
import { FeePrices } from '../fee/fee-schedule.rules';

/**
 * The bill run is set-based SQL on purpose (the one bulk write path of billing): its targets,
 * 100,000 bills in ≤ 10 s at ≥ 0.30× a raw COPY of the same rows into tables of the same shape,
 * are measured by services/billing/bench/bill-run.bench.ts (figures in services/billing/README.md).
 * Through the entity manager every bill and line would be built in memory first. RLS still holds
 * (`Database.tx` sets the tenant), and tenant ids come from `app_current_tenant()`, never input.
 */
export interface ChunkParams {
  runId: string;
  propertyId: string;
  period: string;
  /** Units with an id above this one (the previous chunk's last). */
  after: string;
  limit: number;
  window: PeriodWindow;
  fees: FeePrices;
  issuedOn: string;
  lateFeeRate: string;
  rounding: string;
  timeZone: string;
  occurredAt: string;
  /** The envelope actor of the bill.issued events. */
  actor: { kind: string; id?: string };
}

export interface ChunkResult {
  created: number;
  processed: number;
  last: string | null;
}

/**
 * The next `limit` units, their payer, metered consumption, unbilled repair and fee charges; bills
 * inserted with `on conflict do nothing`, then lines, the repair charges marked and one
 * bill.issued outbox row — only for bills this chunk created.
 */
export async function billChunk(em: EntityManager, c: ChunkParams): Promise<ChunkResult> {
  const [sql, params] = named(
    `with
    chunk as materialized (
      select u.id as unit_id, u.area_sqm from units_projection u
      where u.property_id = :prop and u.id > :after order by u.id limit :lim
    ),
    -- R-CUS-8: the party a sublet agreement in force names; else the owner; a tenant without an
    -- owner on record (the latest) only then.
    payer as (
      select c.unit_id, coalesce((
        select case when a.payer = 'LESSEE' then a.lessee_id else a.owner_id end from fee_agreements a
        where a.unit_id = c.unit_id and a.start_date < :endDate and (a.end_date is null or a.end_date >= :startDate)
        order by a.start_date desc, a.id desc limit 1), (
        select o.customer_id from occupancy_projection o
        where o.unit_id = c.unit_id and o.start_date < :endDate and (o.end_date is null or o.end_date >= :startDate)
        order by (o.kind = 'OWNER') desc, o.start_date desc, o.id desc limit 1)) as customer_id
      from chunk c
    ),
    prices (meter, price, label, ord) as (values ('WATER', :water::int, 'Water', 3), ('ELECTRICITY', :power::int, 'Electricity', 4), ('GAS', :gas::int, 'Gas', 5)),
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
    charges as materialized (
      select fc.id, fc.unit_id, fc.kind, fc.quantity, fc.unit_price_fen, fc.amount_fen
      from fee_charges fc join chunk c on c.unit_id = fc.unit_id
      where fc.bill_id is null and fc.charged_on < :cutoffDate::date
        and fc.unit_id > :after::uuid and fc.unit_id <= (select last from span)
    ),
    lines as materialized (
      select c.unit_id, 1 as ord, 'MANAGEMENT' as kind,
             'Management fee' as description,
             c.area_sqm::numeric(14,3) as quantity, :mgmt::int as unit_price_fen,
             round(c.area_sqm * :mgmt::int)::bigint as amount_fen, null::uuid as ticket_id
      from chunk c
      union all
      -- R-BIL-1 空调管理费: only where the price list charges it.
      select c.unit_id, 2, 'AIR_CONDITIONING', 'Air-conditioning fee',
             c.area_sqm::numeric(14,3), :ac::int, round(c.area_sqm * :ac::int)::bigint, null::uuid
      from chunk c where :ac::int > 0
      union all
      select r.unit_id, p.ord, r.meter, p.label,
             r.cur - r.prev, p.price, round((r.cur - r.prev) * p.price)::bigint, null::uuid
      from readings r join prices p on p.meter = r.meter where r.cur > r.prev
      union all
      select x.unit_id, 6, x.kind, 'Renovation management fee', x.quantity, x.unit_price_fen, x.amount_fen, null
      from charges x
      union all
      select x.unit_id, 7, 'REPAIR', 'Paid repair', null, null, x.amount_fen, x.ticket_id
      from repairs x
    ),
    totals as (select unit_id, sum(amount_fen)::bigint as total from lines group by unit_id),
    ins as (
      insert into bills (id, tenant_id, run_id, property_id, unit_id, customer_id, period, issued_on, due_date,
                         collection_opens_on, status, total_fen, late_fee_rate, rounding, time_zone)
      select billing_uuidv7(), app_current_tenant(), :run::uuid, :prop::uuid, c.unit_id, p.customer_id, :period,
             :issuedOn::date, :due::date, :opens::date, case when coalesce(t.total, 0) = 0 then 'PAID' else 'ISSUED' end,
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
    charged as (
      update fee_charges fc set bill_id = i.id from ins i, charges x
      where x.id = fc.id and x.unit_id = i.unit_id
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
      prop: c.propertyId,
      after: c.after,
      lim: c.limit,
      endDate: c.window.endDate,
      startDate: c.window.startDate,
      startAt: c.window.startAt.toISOString(),
      endAt: c.window.endAt.toISOString(),
      cutoff: c.window.repairCutoffAt.toISOString(),
      water: c.fees.waterFenPerUnit,
      power: c.fees.electricityFenPerUnit,
      gas: c.fees.gasFenPerUnit,
      mgmt: c.fees.managementFenPerSqm,
      ac: c.fees.airConditioningFenPerSqm,
      cutoffDate: c.window.cutoffDate,
      run: c.runId,
      period: c.period,
      issuedOn: c.issuedOn,
      due: c.window.dueDate,
      opens: c.window.collectionOpensOn,
      rate: c.lateFeeRate,
      rounding: c.rounding,
      tz: c.timeZone,
      occurredAt: c.occurredAt,
      actor: JSON.stringify(c.actor),
    },
  );
  // The planner cannot know a CTE's row count and overestimates; JIT compiling then costs
  // ~0.9 s per chunk (measured), more than the work. This statement never benefits from it.
  await em.execute('set local jit = off');
  const [r] = await em.execute<ChunkResult[]>(sql, params);
  return { created: r.created, processed: r.processed, last: r.last };
}
