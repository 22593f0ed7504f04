import { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '@pm/db';
import { policyValuesSql, withPolicyDefaults } from '@pm/policy';

/*
 * Raw SQL, and why: each figure is a count with FILTER over tickets, deadlines, visit tasks and
 * survey answers of a property and period; a dashboard asks for many properties and months at once, and
 * one statement with a lateral aggregate per (property, period) answers them all, where loading
 * the rows as entities to count them in memory would read every ticket of every month.
 */

export interface KpiRequest {
  propertyId: string;
  /** YYYY-MM, a month of the property's own time zone. */
  period: string;
}

export interface ServiceKpiCounts {
  tickets: number;
  resolved: number;
  complaints: number;
  timely: number;
  responsesDue: number;
  respondedInTime: number;
  complaintsClosed: number;
  complaintsVisited: number;
  repairsClosed: number;
  repairsVisited: number;
  sampled: number;
  done: number;
  /** Questionnaires of the year's satisfaction survey answered by the end of the month (R-KPI-3). */
  satisfactionCount: number;
  /** Sum and number of their 1–5 scores: the mean weighs every score, across properties too. */
  scoreSum: number;
  scoreCount: number;
  /** The KPI targets in force on the month's last day (company-wide policy values). */
  targets: Record<string, unknown>;
}

/**
 * The counts behind the service KPIs of every (property, month) asked for, with the targets
 * (`targetKeys`) in force at each month's end, in one statement; a month runs from midnight to
 * midnight in the property's zone (`defaultZone` for a property tickets has not heard of).
 * Satisfaction is the annual survey (R-KPI-3): the answers of the month's year given by the
 * month's end.
 */
export async function serviceKpiCounts(
  em: EntityManager,
  requests: KpiRequest[],
  defaultZone: string,
  targetKeys: string[],
): Promise<ServiceKpiCounts[]> {
  if (!requests.length) return [];
  const [targetsSql, targetParams] = policyValuesSql(
    targetKeys,
    'null::uuid',
    `((m.period || '-01')::date + interval '1 month' - interval '1 day')::date`,
  );
  const rows: Record<string, any>[] = await em.execute(
    `with months as (
       select m.period, ${targetsSql} as targets from (select distinct unnest(?::text[]) as period) m
     )
     select w.i, mo.targets,
       t.tickets, t.resolved, t.complaints, t.timely, r.due, r.met,
       v.complaints_closed, v.complaints_visited, v.repairs_closed, v.repairs_visited, v.sampled, v.done,
       s.n, s.score_sum, s.score_count
     from unnest(?::uuid[], ?::text[]) with ordinality as q(property_id, period, i)
     join months mo on mo.period = q.period
     left join tkt_properties p on p.id = q.property_id
     cross join lateral (
       select q.i, q.property_id,
         (q.period || '-01')::timestamp at time zone coalesce(p.time_zone, ?) as from_at,
         ((q.period || '-01')::date + interval '1 month')::timestamp at time zone coalesce(p.time_zone, ?) as to_at
     ) w
     cross join lateral (
       select
         count(*) filter (where kind <> 'PATROL_FINDING' and status <> 'MERGED')::int as tickets,
         count(*) filter (where kind <> 'PATROL_FINDING' and status = 'COMPLETED')::int as resolved,
         count(*) filter (where kind = 'COMPLAINT' and status <> 'MERGED')::int as complaints,
         count(*) filter (where kind = 'COMPLAINT' and status = 'COMPLETED' and not exists
           (select 1 from sla_deadlines d where d.ticket_id = t.id and d.state = 'BREACHED'))::int as timely
       from tickets t where t.property_id = w.property_id and t.created_at >= w.from_at and t.created_at < w.to_at
     ) t
     cross join lateral (
       select count(*)::int as due, count(*) filter (where d.state = 'MET')::int as met
       from sla_deadlines d join tickets t on t.id = d.ticket_id
       where d.kind = 'FIRST_RESPONSE' and t.status <> 'MERGED' and t.property_id = w.property_id
         and t.created_at >= w.from_at and t.created_at < w.to_at
     ) r
     cross join lateral (
       select
         count(*) filter (where t.kind = 'COMPLAINT')::int as complaints_closed,
         count(*) filter (where t.kind = 'COMPLAINT' and vt.visits_count > 0)::int as complaints_visited,
         count(*) filter (where t.kind = 'REPAIR')::int as repairs_closed,
         count(*) filter (where t.kind = 'REPAIR' and vt.visits_count > 0)::int as repairs_visited,
         count(*) filter (where vt.selected)::int as sampled,
         count(*) filter (where vt.selected and vt.status = 'DONE')::int as done
       from visit_tasks vt join tickets t on t.id = vt.ticket_id
       where vt.property_id = w.property_id and vt.created_at >= w.from_at and vt.created_at < w.to_at
     ) v
     cross join lateral (
       select count(*)::int as n, coalesce(sum(a.score_sum), 0)::int as score_sum,
         coalesce(sum(a.score_count), 0)::int as score_count
       from tkt_survey_answers a
       where a.property_id = w.property_id and a.year = left(q.period, 4)::int and a.answered_at < w.to_at
     ) s
     order by w.i`,
    [
      ...targetParams,
      pgArray([...new Set(requests.map((r) => r.period))]),
      pgArray(requests.map((r) => r.propertyId)),
      pgArray(requests.map((r) => r.period)),
      defaultZone,
      defaultZone,
    ],
  );
  return rows.map((x) => ({
    tickets: x.tickets!,
    resolved: x.resolved!,
    complaints: x.complaints!,
    timely: x.timely!,
    responsesDue: x.due!,
    respondedInTime: x.met!,
    complaintsClosed: x.complaints_closed!,
    complaintsVisited: x.complaints_visited!,
    repairsClosed: x.repairs_closed!,
    repairsVisited: x.repairs_visited!,
    sampled: x.sampled!,
    done: x.done!,
    satisfactionCount: x.n!,
    scoreSum: x.score_sum!,
    scoreCount: x.score_count!,
    targets: withPolicyDefaults(targetKeys, x.targets),
  }));
}
