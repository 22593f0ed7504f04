import { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '@pm/db';
import { policyValuesSql, withPolicyDefaults } from '@pm/policy';

/*
 * Raw SQL, and why: the HQ dashboard asks for many properties and months at once; one statement
 * with a lateral set of counts per (property, period) answers them all, where the entity manager
 * would need six counting queries for each pair. Customers occupying or left are counted from the
 * property's occupancies (every occupancy has its customer), not by testing each of the company's
 * customers against them once per pair.
 */

export interface CustomerKpiRequest {
  propertyId: string;
  /** First day and the day after the last, YYYY-MM-DD, in the property's calendar. */
  from: string;
  to: string;
}

export interface CustomerKpiCounts {
  customers: number;
  moveIns: number;
  moveOuts: number;
  occupying: number;
  left: number;
  /** Tenant visits planned for a month of the period (R-KPI-9) and, of them, made. */
  planned: number;
  visited: number;
  /** The property's active archives and, of them, those missing a required section (R-KPI-5). */
  archivesChecked: number;
  archivesIncomplete: number;
  /** The KPI targets in force on the period's last day (company-wide policy values). */
  targets: Record<string, unknown>;
}

/** What the counts are held against: the targets' keys and an archive's required sections. */
export interface CustomerKpiTerms {
  targetKeys: string[];
  requiredSections: readonly string[];
}

/**
 * Counts for every (property, [from, to)) asked for, instants bounded by midnight in the
 * property's zone, with each property's archive completeness (as of now: once per property, not
 * per period) and the targets in force at each period's end — in one statement.
 */
export async function customerKpiCounts(
  em: EntityManager,
  requests: CustomerKpiRequest[],
  defaultZone: string,
  terms: CustomerKpiTerms,
): Promise<CustomerKpiCounts[]> {
  if (!requests.length) return [];
  const [targetsSql, targetParams] = policyValuesSql(terms.targetKeys, 'null::uuid', '(e.to_d - 1)');
  const rows: Record<string, any>[] = await em.execute(
    `with ends as (
       select e.to_d, ${targetsSql} as targets from (select distinct unnest(?::date[]) as to_d) e
     ), archive_counts as (
       select a.property_id, count(*)::int as checked,
         count(*) filter (where not (array(select d.section::text from archive_documents d
           where d.archive_id = a.id) @> ?::text[]))::int as incomplete
       from archives a join customers c on c.id = a.customer_id
       where a.status = 'ACTIVE' and a.property_id = any(?::uuid[])
       group by a.property_id
     )
     select q.i, e.targets, coalesce(ac.checked, 0) as archives_checked,
       coalesce(ac.incomplete, 0) as archives_incomplete,
       (select count(*) from customers c where c.property_id = q.property_id and c.created_at < w.end_at)::int as customers,
       (select count(*) from occupancies o where o.property_id = q.property_id
          and o.start_date >= q.from_d and o.start_date < q.to_d)::int as move_ins,
       (select count(*) from occupancies o where o.property_id = q.property_id
          and o.end_date >= q.from_d and o.end_date < q.to_d)::int as move_outs,
       (select count(distinct o.customer_id) from occupancies o
          where o.property_id = q.property_id and o.start_date < q.to_d
          and (o.end_date is null or o.end_date >= q.from_d))::int as occupying,
       (select count(distinct o.customer_id) from occupancies o
          where o.property_id = q.property_id and o.end_date >= q.from_d and o.end_date < q.to_d
          and not exists (select 1 from occupancies n where n.customer_id = o.customer_id and n.end_date is null))::int as "left",
       (select count(*) from tenant_visit_plan v where v.property_id = q.property_id
          and v.planned_month >= to_char(q.from_d, 'YYYY-MM') and v.planned_month < to_char(q.to_d, 'YYYY-MM'))::int as planned,
       (select count(*) from tenant_visit_plan v where v.property_id = q.property_id and v.visited_on is not null
          and v.planned_month >= to_char(q.from_d, 'YYYY-MM') and v.planned_month < to_char(q.to_d, 'YYYY-MM'))::int as visited
     from unnest(?::uuid[], ?::date[], ?::date[]) with ordinality as q(property_id, from_d, to_d, i)
     join ends e on e.to_d = q.to_d
     left join archive_counts ac on ac.property_id = q.property_id
     left join property_projection p on p.id = q.property_id
     cross join lateral (
       select q.from_d::timestamp at time zone coalesce(p.time_zone, ?) as start_at,
              q.to_d::timestamp at time zone coalesce(p.time_zone, ?) as end_at
     ) w
     order by q.i`,
    [
      ...targetParams,
      pgArray([...new Set(requests.map((r) => r.to))]),
      pgArray([...terms.requiredSections]),
      pgArray([...new Set(requests.map((r) => r.propertyId))]),
      pgArray(requests.map((r) => r.propertyId)),
      pgArray(requests.map((r) => r.from)),
      pgArray(requests.map((r) => r.to)),
      defaultZone,
      defaultZone,
    ],
  );
  return rows.map((r) => ({
    customers: r.customers,
    moveIns: r.move_ins,
    moveOuts: r.move_outs,
    occupying: r.occupying,
    left: r.left,
    planned: r.planned,
    visited: r.visited,
    archivesChecked: r.archives_checked,
    archivesIncomplete: r.archives_incomplete,
    targets: withPolicyDefaults(terms.targetKeys, r.targets),
  }));
}
