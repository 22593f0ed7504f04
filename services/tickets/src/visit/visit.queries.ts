import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Serialises the closures of one kind at one property until the transaction ends, so each gets
 * its own sequence number (the sample is drawn from it). Raw because an advisory lock has no
 * entity: there is no row to lock before the first task exists.
 */
export async function lockVisitSequence(em: EntityManager, propertyId: string, kind: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`visit-seq:${propertyId}:${kind}`]);
}

export interface VisitTaskCounts {
  kind: string;
  closed: number;
  sampled: number;
  visited: number;
  done: number;
  missed: number;
  open: number;
}

export interface VisitCounts {
  method: string;
  satisfaction: number;
  visits: number;
  unsigned: number;
}

/*
 * Raw SQL, and why: the monthly statistics are grouped counts over the visit tasks and visits of a
 * property in a window; loading every task and visit of the months as entities only to count them
 * would read them all.
 */

/** Visit tasks created in [from, to) at the property, counted by the kind of the closed ticket. */
export async function visitTaskCounts(
  em: EntityManager,
  propertyId: string,
  from: Date,
  to: Date,
): Promise<VisitTaskCounts[]> {
  const rows: Record<string, string | number>[] = await em.execute(
    `select ticket_kind as kind,
       count(*)::int as closed,
       count(*) filter (where selected)::int as sampled,
       count(*) filter (where visits_count > 0)::int as visited,
       count(*) filter (where status = 'DONE')::int as done,
       count(*) filter (where status = 'MISSED')::int as missed,
       count(*) filter (where status = 'OPEN')::int as open
     from visit_tasks where property_id = ? and created_at >= ? and created_at < ?
     group by ticket_kind order by ticket_kind`,
    [propertyId, from, to],
  );
  return rows.map((r) => ({
    kind: String(r.kind),
    closed: Number(r.closed),
    sampled: Number(r.sampled),
    visited: Number(r.visited),
    done: Number(r.done),
    missed: Number(r.missed),
    open: Number(r.open),
  }));
}

/** Visits recorded in [from, to) at the property, by method and score. */
export async function visitCounts(
  em: EntityManager,
  propertyId: string,
  from: Date,
  to: Date,
): Promise<VisitCounts[]> {
  const rows: Record<string, string | number>[] = await em.execute(
    `select method, satisfaction, count(*)::int as visits,
       count(*) filter (where method = 'ON_SITE' and not customer_signed)::int as unsigned
     from visits where property_id = ? and recorded_at >= ? and recorded_at < ?
     group by method, satisfaction order by method, satisfaction`,
    [propertyId, from, to],
  );
  return rows.map((r) => ({
    method: String(r.method),
    satisfaction: Number(r.satisfaction),
    visits: Number(r.visits),
    unsigned: Number(r.unsigned),
  }));
}

/** Which visit tasks of a month a KPI figure counts (see serviceKpiCounts in kpi.queries.ts). */
export enum VisitTaskSet {
  SAMPLED = 'SAMPLED',
  HANDLED = 'HANDLED',
  NOT_HANDLED = 'NOT_HANDLED',
  COMPLAINTS_CLOSED = 'COMPLAINTS_CLOSED',
  COMPLAINTS_VISITED = 'COMPLAINTS_VISITED',
  REPAIRS_CLOSED = 'REPAIRS_CLOSED',
  REPAIRS_VISITED = 'REPAIRS_VISITED',
}

/** The FILTER of each figure in serviceKpiCounts, word for word, so that a list counts as its figure. */
const SET_WHERE: Record<VisitTaskSet, string> = {
  SAMPLED: 'vt.selected',
  HANDLED: "vt.selected and vt.status = 'DONE'",
  NOT_HANDLED: "vt.selected and vt.status <> 'DONE'",
  COMPLAINTS_CLOSED: "t.kind = 'COMPLAINT'",
  COMPLAINTS_VISITED: "t.kind = 'COMPLAINT' and vt.visits_count > 0",
  REPAIRS_CLOSED: "t.kind = 'REPAIR'",
  REPAIRS_VISITED: "t.kind = 'REPAIR' and vt.visits_count > 0",
};

/**
 * One page of the visit tasks created in [from, to) at the property that `set` counts, by id (time
 * ordered, never changes); `limit + 1` ids tell whether more follow.
 */
export async function visitTaskPage(
  em: EntityManager,
  q: { propertyId: string; from: Date; to: Date; set: VisitTaskSet },
  afterId: string | undefined,
  limit: number,
): Promise<{ total: number; ids: string[] }> {
  const where = `from visit_tasks vt join tickets t on t.id = vt.ticket_id
    where vt.property_id = ? and vt.created_at >= ? and vt.created_at < ? and ${SET_WHERE[q.set]}`;
  const params = [q.propertyId, q.from, q.to];
  const [{ n }] = await em.execute(`select count(*)::int as n ${where}`, params);
  const rows: { id: string }[] = await em.execute(
    `select vt.id ${where} ${afterId ? 'and vt.id > ?' : ''} order by vt.id limit ?`,
    [...params, ...(afterId ? [afterId] : []), limit + 1],
  );
  return { total: Number(n), ids: rows.map((r) => r.id) };
}
