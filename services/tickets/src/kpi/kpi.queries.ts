import { EntityManager } from '@mikro-orm/postgresql';

/*
 * Raw SQL, and why: each figure is a count with FILTER over tickets, deadlines, visit tasks and
 * visits of one property and period — four aggregate statements, where loading the rows as
 * entities to count them in memory would read every ticket of the month.
 */

/** The counts behind the service KPIs of one property over [from, to). */
export async function serviceKpiCounts(em: EntityManager, propertyId: string, from: Date, to: Date) {
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
    tickets: t.tickets as number,
    resolved: t.resolved as number,
    complaints: t.complaints as number,
    timely: t.timely as number,
    responsesDue: r.due as number,
    respondedInTime: r.met as number,
    complaintsClosed: v.complaints_closed as number,
    complaintsVisited: v.complaints_visited as number,
    repairsClosed: v.repairs_closed as number,
    repairsVisited: v.repairs_visited as number,
    sampled: v.sampled as number,
    done: v.done as number,
    satisfactionCount: s.n as number,
    satisfactionMean: s.n ? (s.mean as number) : null,
  };
}
