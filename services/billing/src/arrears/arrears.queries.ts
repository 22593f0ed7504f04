import { EntityManager } from '@mikro-orm/postgresql';

/**
 * The expression of the CustomerBalance virtual entity: per bill, its total less the credits
 * dated on or before `asOf`, summed per customer and property over the bills issued by then that
 * were still open then, so a past date reproduces that day's ageing (R-BIL-7). An aggregate the
 * database computes in one pass; hydrating every bill and allocation of a 100,000-unit property
 * to sum them in memory is the alternative. Read through `em.find`, so the tenant filter applies
 * on top (and row-level security under it).
 */
const BALANCES_AS_OF = `
  select b.tenant_id, b.customer_id, b.property_id, ?::date as as_of,
         sum(b.total_fen - coalesce(a.paid, 0))::bigint as outstanding_fen,
         coalesce(sum(b.total_fen - coalesce(a.paid, 0)) filter (where b.due_date < ?::date), 0)::bigint as overdue_fen,
         min(b.due_date) filter (where b.due_date < ?::date) as oldest_due
  from bills b
  left join lateral (
    select sum(pa.amount_fen) as paid from payment_allocations pa
    where pa.bill_id = b.id and not pa.reversed and pa.paid_on <= ?::date) a on true
  where b.customer_id is not null and b.issued_on <= ?::date and b.total_fen > coalesce(a.paid, 0)
  group by b.tenant_id, b.customer_id, b.property_id`;

export const balancesAsOf = (em: EntityManager, asOf: string) =>
  em.getKnex().raw(BALANCES_AS_OF, [asOf, asOf, asOf, asOf, asOf]);
