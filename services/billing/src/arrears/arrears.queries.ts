import { EntityManager } from '@mikro-orm/postgresql';
import { named } from '@pm/db';

/**
 * The balances of the CustomerBalance virtual entity: per bill, its total less the credits dated
 * on or before `asOf`, summed per customer and property over the bills issued by then that were
 * still open then, so a past date reproduces that day's ageing (R-BIL-7). An aggregate the
 * database computes in one pass; hydrating every bill and allocation of a 100,000-unit property
 * to sum them in memory is the alternative.
 *
 * `asOf` is an SQL date: the entity's parameter, or in a lateral join the day of the outer row (a
 * dashboard's property on its "today"), which then names the property too (`propertyId`): the
 * condition has to be inside the grouping to use the bills' property index, and a join condition
 * outside it would not be pushed in.
 */
export const balancesAsOfSql = (asOf: string, propertyId?: string) => `
  select b.tenant_id, b.customer_id, b.property_id, ${asOf} as as_of,
         sum(b.total_fen - coalesce(a.paid, 0))::bigint as outstanding_fen,
         coalesce(sum(b.total_fen - coalesce(a.paid, 0)) filter (where b.due_date < ${asOf}), 0)::bigint as overdue_fen,
         min(b.due_date) filter (where b.due_date < ${asOf}) as oldest_due
  from bills b
  left join lateral (
    select sum(pa.amount_fen) as paid from payment_allocations pa
    where pa.bill_id = b.id and not pa.reversed and pa.paid_on <= ${asOf}) a on true
  where b.customer_id is not null and b.issued_on <= ${asOf} and b.total_fen > coalesce(a.paid, 0)
    ${propertyId ? `and b.property_id = ${propertyId}` : ''}
  group by b.tenant_id, b.customer_id, b.property_id`;

/**
 * The entity's expression, read through `em.find`: the tenant filter applies on top (and
 * row-level security under it), and the caller's property goes in by PostgreSQL's push-down.
 */
export const balancesAsOf = (em: EntityManager, asOf: string) => {
  const [sql, params] = named(balancesAsOfSql(':asOf::date'), { asOf });
  return em.getKnex().raw(sql, params as string[]);
};
