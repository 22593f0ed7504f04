import { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@pm/contracts';
import { Principal } from '@pm/auth';
import { validationFailed } from '@pm/graphql';
import { TicketFilter } from './ticket.inputs';

/**
 * The `tickets` list filter as SQL: `overdue` is an `exists` over `sla_deadlines`, which the entity
 * manager cannot say in one query; the rows are then loaded as entities by id. `null`: the filter
 * names an id that cannot match, or the caller sees no property, so the answer is empty.
 */
export function ticketListWhere(
  principal: Principal,
  filter: TicketFilter,
  now: Date,
): { where: string; params: unknown[] } | null {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...p: unknown[]) => {
    where.push(sql);
    params.push(...p);
  };
  for (const [k, v] of [
    ['propertyId', filter.propertyId],
    ['assigneeId', filter.assigneeId],
    ['customerId', filter.customerId],
  ] as const)
    if (v !== undefined && v !== null) {
      if (!isUuid(v)) return null;
      add(`t.${k.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())} = ?`, v);
    }
  if (principal.propertyScope !== 'ALL') {
    if (!principal.propertyScope.length) return null;
    add(`t.property_id in (${principal.propertyScope.map(() => '?').join(',')})`, ...principal.propertyScope);
  }
  if (filter.kind) add('t.kind = ?', filter.kind);
  if (filter.status) add('t.status = ?', filter.status);
  if (filter.from) add('t.created_at >= ?', filter.from);
  if (filter.to) add('t.created_at < ?', filter.to);
  if (filter.overdue !== undefined && filter.overdue !== null)
    add(
      `${filter.overdue ? '' : 'not '}exists (select 1 from sla_deadlines d where d.ticket_id = t.id
           and (d.state = 'BREACHED' or (d.state = 'OPEN' and d.due_at < ?)))`,
      now,
    );
  return { where: where.length ? `where ${where.join(' and ')}` : '', params };
}

/** The total and one page of ids (ordered by id, `limit + 1` to tell whether more follow). */
export async function ticketListPage(
  em: EntityManager,
  { where: w, params }: { where: string; params: unknown[] },
  afterId: string | undefined,
  limit: number,
): Promise<{ total: number; ids: string[] }> {
  const total = Number((await em.execute(`select count(*)::int as n from tickets t ${w}`, params))[0].n);
  const pageWhere = afterId ? `${w ? `${w} and` : 'where'} t.id > ?` : w;
  const rows: { id: string }[] = await em.execute(
    `select t.id from tickets t ${pageWhere} order by t.id limit ?`,
    [...params, ...(afterId ? [afterId] : []), limit + 1],
  );
  return { total, ids: rows.map((r) => r.id) };
}

/** Statuses of a repair still to be worked on: the engineering queue holds these. */
const QUEUE_STATUSES = ['OPEN', 'DISPATCHED', 'ON_SITE'];
const DUE_KEY = /^(infinity|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?)$/;

/**
 * A queue cursor carries the sort key of its ticket, not only its id: the ticket's next deadline
 * moves as deadlines are met, and a key read again would skip or repeat tickets between pages.
 * The key is PostgreSQL's own text of the timestamp (microseconds, offset), so it compares exactly.
 */
export function queueCursor(dueKey: string, id: string): string {
  return Buffer.from(`${dueKey}|${id}`).toString('base64url');
}

export function decodeQueueCursor(after: string): { dueKey: string; id: string } {
  const text = Buffer.from(after, 'base64url').toString();
  const cut = text.lastIndexOf('|');
  const dueKey = text.slice(0, cut);
  const id = text.slice(cut + 1);
  if (cut < 0 || !DUE_KEY.test(dueKey) || !isUuid(id))
    throw validationFailed('after is not a cursor of this list', [{ field: 'after', message: 'bad cursor' }]);
  return { dueKey, id };
}

/**
 * The engineering work queue: repairs still open, the one whose pending deadline (running, or
 * breached and still not done) runs out first on top, those without one last; the id breaks ties
 * so that pages neither overlap nor leave gaps. `limit + 1` rows tell whether more follow.
 */
export async function repairQueuePage(
  em: EntityManager,
  { where: w, params }: { where: string; params: unknown[] },
  after: { dueKey: string; id: string } | undefined,
  limit: number,
): Promise<{ total: number; rows: { id: string; dueKey: string }[] }> {
  const open = `${w ? `${w} and` : 'where'} t.status in (${QUEUE_STATUSES.map(() => '?').join(',')})`;
  const openParams = [...params, ...QUEUE_STATUSES];
  const total = Number(
    (await em.execute(`select count(*)::int as n from tickets t ${open}`, openParams))[0].n,
  );
  const rows: { id: string; due_key: string }[] = await em.execute(
    `select id, due::text as due_key from (
       select t.id, coalesce((select min(d.due_at) from sla_deadlines d
         where d.ticket_id = t.id and d.met_at is null and d.state in ('OPEN','BREACHED')),
         'infinity'::timestamptz) as due
       from tickets t ${open}) q
     ${after ? 'where (q.due, q.id) > (?::timestamptz, ?::uuid)' : ''}
     order by q.due, q.id limit ?`,
    [...openParams, ...(after ? [after.dueKey, after.id] : []), limit + 1],
  );
  return { total, rows: rows.map((r) => ({ id: r.id, dueKey: r.due_key })) };
}
