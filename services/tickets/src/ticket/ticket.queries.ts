import { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@pm/contracts';
import { Principal } from '@pm/auth';
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
