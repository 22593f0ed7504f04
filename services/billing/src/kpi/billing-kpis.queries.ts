import { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '@pm/db';
import { policyValuesSql, withPolicyDefaults } from '@pm/policy';
import { DEFAULT_TIME_ZONE, periodDays } from '@pm/time';
import { balancesAsOfSql } from '../arrears/arrears.queries';

/*
 * Raw SQL, and why: a dashboard asks for many properties and months at once, and each property's
 * arrears are read on its own "today", which depends on its zone, which depends on the property
 * projection or a policy. Through the entity manager that is a chain of five statements (the
 * collections, the targets, the zones, the thresholds on each today, the balances on each today);
 * as CTEs it is one round trip whatever the number of properties and months.
 */

/**
 * Bills counted and summed per property and period (R-KPI-8) in the database rather than
 * hydrated; the statement below narrows it to the properties and months asked for on the
 * outside, and PostgreSQL pushes them down into the grouping.
 */
const PERIOD_COLLECTION = `
  select tenant_id, property_id, period, count(*)::int as bills,
         count(*) filter (where status = 'PAID')::int as paid_bills,
         sum(total_fen)::bigint as billed_fen, sum(paid_fen)::bigint as collected_fen
  from bills group by tenant_id, property_id, period`;

/** The policy key of billing's zone, read when the property projection has none. */
const ZONE_KEY = 'billing.timeZone';

export interface BillingKpiRequest {
  propertyId: string;
  /** YYYY-MM. */
  period: string;
}

/** What billing holds of the terms a KPI is measured by: its policy keys. */
export interface BillingKpiTerms {
  /** The targets, read on each period's last day (company-wide). */
  targetKeys: string[];
  /** The arrears thresholds, read for each property on its "today". */
  arrearsKeys: string[];
}

/** One (property, period) asked for: its bills' counts and sums, and the targets at its end. */
export interface PeriodFigures {
  bills: number;
  paidBills: number;
  billedFen: number;
  collectedFen: number;
  /** The `targetKeys` in force on the period's last day, defaults filled in. */
  targets: Record<string, unknown>;
}

/** One property asked for: its "today" and what its customers owed that day. */
export interface PropertyArrearsFigures {
  propertyId: string;
  /** The clock's now in the property's zone (the projection's, else `billing.timeZone`). */
  today: string;
  /** The `arrearsKeys` values found for (property, today): `withPolicyDefaults` fills the rest. */
  arrearsPolicy: Record<string, unknown>;
  /** Its customers overdue on `today` (CustomerBalance rows). */
  balances: { customerId: string; overdueFen: number; oldestDue: string | null }[];
}

export interface BillingKpiFigures {
  /** In the order of the requests. */
  periods: PeriodFigures[];
  /** Each property of the requests once. */
  properties: PropertyArrearsFigures[];
}

/**
 * The figures of R-KPI-8 for every (property, period) asked for, in one statement. `now` is the
 * clock's instant (never the database's: tests and replays set it); only the `visible`
 * properties (the caller's site scope) have bills and balances here: any other reads as one
 * billing has never heard of (its zone the policy's, nothing billed, nothing owed). Row-level
 * security holds the tenant under every table. One row of JSON comes back, typed as the entities
 * read it: fen as numbers, dates as YYYY-MM-DD.
 */
export async function billingKpiFigures(
  em: EntityManager,
  requests: BillingKpiRequest[],
  o: { now: Date; visible: string[] },
  terms: BillingKpiTerms,
): Promise<BillingKpiFigures> {
  if (!requests.length) return { periods: [], properties: [] };
  const periods = [...new Set(requests.map((r) => r.period))];
  const [targetsSql, targetParams] = policyValuesSql(terms.targetKeys, 'null::uuid', 'm.end_d');
  const [zoneSql, zoneParams] = policyValuesSql(
    [ZONE_KEY],
    'x.property_id',
    `(c.now_at at time zone 'UTC')::date`,
  );
  const [arrearsSql, arrearsParams] = policyValuesSql(terms.arrearsKeys, 't.property_id', 't.today');
  const [row]: { periods: PeriodFigures[]; properties: PropertyArrearsFigures[] }[] = await em.execute(
    `with clock as (
       select ?::timestamptz as now_at
     ), q as (
       select q.property_id, q.period, q.i
       from unnest(?::uuid[], ?::text[]) with ordinality as q(property_id, period, i)
     ), ends as (
       select m.period, ${targetsSql} as targets from unnest(?::text[], ?::date[]) as m(period, end_d)
     ), todays as materialized (
       -- Materialized: a property has one today below, not its zone looked up again at every
       -- bill and allocation compared with it.
       select x.property_id, x.visible, (c.now_at at time zone coalesce(nullif(pp.time_zone, ''),
         nullif(${zoneSql} ->> '${ZONE_KEY}', ''), ?))::date as today
       from (select distinct q.property_id, q.property_id = any(?::uuid[]) as visible from q) x
       cross join clock c
       left join property_projection pp on pp.id = x.property_id and x.visible
     ), arrears as (
       select t.property_id, t.today, ${arrearsSql} as arrears_policy, bal.balances
       from todays t
       cross join lateral (
         select coalesce(json_agg(json_build_object('customerId', x.customer_id,
           'overdueFen', x.overdue_fen, 'oldestDue', x.oldest_due)), '[]'::json) as balances
         from (${balancesAsOfSql('t.today', 't.property_id')}) x
         where t.visible and x.overdue_fen > 0
       ) bal
     ), collections as (
       select c.* from (${PERIOD_COLLECTION}) c
       where c.property_id = any(?::uuid[]) and c.period = any(?::text[])
     )
     select
       (select json_agg(json_build_object('propertyId', a.property_id, 'today', a.today,
          'arrearsPolicy', a.arrears_policy, 'balances', a.balances)) from arrears a) as properties,
       (select json_agg(json_build_object('bills', coalesce(c.bills, 0),
          'paidBills', coalesce(c.paid_bills, 0), 'billedFen', coalesce(c.billed_fen, 0),
          'collectedFen', coalesce(c.collected_fen, 0), 'targets', e.targets) order by q.i)
        from q join ends e on e.period = q.period
        left join collections c on c.property_id = q.property_id and c.period = q.period) as periods`,
    [
      o.now.toISOString(),
      pgArray(requests.map((r) => r.propertyId)),
      pgArray(requests.map((r) => r.period)),
      ...targetParams,
      pgArray(periods),
      pgArray(periods.map((m) => periodDays(m).to)),
      ...zoneParams,
      String(withPolicyDefaults([ZONE_KEY], null)[ZONE_KEY] || DEFAULT_TIME_ZONE),
      pgArray(o.visible),
      ...arrearsParams,
      pgArray(o.visible),
      pgArray(periods),
    ],
  );
  return {
    periods: row.periods.map((p) => ({ ...p, targets: withPolicyDefaults(terms.targetKeys, p.targets) })),
    properties: row.properties,
  };
}
