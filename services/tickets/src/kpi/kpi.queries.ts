import { EntityManager } from '@mikro-orm/postgresql';
import { isPeriod, periodInstants } from '@pm/time';
import { ServiceKpis } from './kpi.types';

/*
 * Raw SQL, and why: each figure is a count with FILTER over tickets, deadlines, visit tasks and
 * visits of one property and period — four aggregate statements, where loading the rows as
 * entities to count them in memory would read every ticket of the month.
 */

const rate = (n: number, d: number) => (d ? n / d : null);

export async function serviceKpis(
  em: EntityManager,
  propertyId: string,
  period: string,
  tz: string,
): Promise<ServiceKpis | null> {
  if (!isPeriod(period)) return null;
  const { from, to } = periodInstants(period, tz);
  const [t] = await em.execute(
    `select
       count(*) filter (where kind <> 'PATROL_FINDING' and status <> 'MERGED')::int as tickets,
       count(*) filter (where kind <> 'PATROL_FINDING' and status = 'COMPLETED')::int as resolved,
       count(*) filter (where kind = 'COMPLAINT' and status <> 'MERGED')::int as complaints,
       count(*) filter (where kind = 'COMPLAINT' and status = 'COMPLETED' and not exists
         (select 1 from sla_deadlines d where d.ticket_id = t.id and d.state = 'BREACHED'))::int as timely
     from tickets t where property_id = ? and created_at >= ? and created_at < ?`,
    [propertyId, from, to],
  );
  const [r] = await em.execute(
    `select count(*)::int as due, count(*) filter (where d.state = 'MET')::int as met
       from sla_deadlines d join tickets t on t.id = d.ticket_id
      where d.kind = 'FIRST_RESPONSE' and t.status <> 'MERGED' and t.property_id = ? and t.created_at >= ? and t.created_at < ?`,
    [propertyId, from, to],
  );
  const [v] = await em.execute(
    `select
       count(*) filter (where t.kind = 'COMPLAINT')::int as complaints_closed,
       count(*) filter (where t.kind = 'COMPLAINT' and vt.visits_count > 0)::int as complaints_visited,
       count(*) filter (where t.kind = 'REPAIR')::int as repairs_closed,
       count(*) filter (where t.kind = 'REPAIR' and vt.visits_count > 0)::int as repairs_visited,
       count(*) filter (where vt.selected)::int as sampled,
       count(*) filter (where vt.selected and vt.status = 'DONE')::int as done
     from visit_tasks vt join tickets t on t.id = vt.ticket_id
     where vt.property_id = ? and vt.created_at >= ? and vt.created_at < ?`,
    [propertyId, from, to],
  );
  const [s] = await em.execute(
    `select count(*)::int as n, avg(satisfaction)::float as mean from visits
      where property_id = ? and recorded_at >= ? and recorded_at < ?`,
    [propertyId, from, to],
  );
  return {
    period,
    tickets: t.tickets,
    resolved: t.resolved,
    resolutionRate: rate(t.resolved, t.tickets),
    responsesDue: r.due,
    respondedInTime: r.met,
    responseWithin24hRate: rate(r.met, r.due),
    complaints: t.complaints,
    timelyComplaints: t.timely,
    timelyRate: rate(t.timely, t.complaints),
    visitRates: {
      complaintsClosed: v.complaints_closed,
      complaintsVisited: v.complaints_visited,
      complaintRate: rate(v.complaints_visited, v.complaints_closed),
      repairsClosed: v.repairs_closed,
      repairsVisited: v.repairs_visited,
      repairRate: rate(v.repairs_visited, v.repairs_closed),
    },
    visitTasksSampled: v.sampled,
    visitTasksDone: v.done,
    followUpHandlingRate: rate(v.done, v.sampled),
    satisfactionCount: s.n,
    satisfactionMean: s.n ? s.mean : null,
  };
}
