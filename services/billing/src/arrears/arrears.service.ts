import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { validationFailed } from '@pm/graphql';
import { TenantContext } from '@pm/tenant-context';
import { Clock, dateIn, DEFAULT_TIME_ZONE, isCalendarDate } from '@pm/time';
import { named, pgArray, q } from '@pm/db';
import { ArrearsStage, arrearsStage, monthsOverdue } from '../common/period';
import { billingPolicy } from '../common/policies';

export interface ArrearsRowData {
  customerId: string;
  overdueFen: number;
  months: number;
  stage: ArrearsStage;
  oldestDueDate: string;
}

/**
 * Outstanding amounts as of a date: the bill total less credits dated on or before it, so a
 * past date reproduces the ageing of that day.
 */
export async function overdueByCustomer(
  em: EntityManager,
  asOf: string,
  o: { propertyId?: string | null; customerIds?: string[]; overdueOnly: boolean },
): Promise<{ customerId: string; propertyId: string; outstandingFen: number; oldestDue: string | null }[]> {
  const [sql, params] = named(
    `select b.customer_id, b.property_id,
            sum(b.total_fen - coalesce(a.paid, 0))::bigint as outstanding,
            min(b.due_date) filter (where b.due_date < :asOf::date)::text as oldest_due
     from bills b
     left join lateral (
       select sum(pa.amount_fen) as paid from payment_allocations pa
       where pa.bill_id = b.id and not pa.reversed and pa.paid_on <= :asOf::date) a on true
     where b.customer_id is not null and b.issued_on <= :asOf::date
       and b.total_fen > coalesce(a.paid, 0)
       and (:overdueOnly::boolean = false or b.due_date < :asOf::date)
       and (:prop::uuid is null or b.property_id = :prop::uuid)
       and (:customers::uuid[] is null or b.customer_id = any(:customers::uuid[]))
     group by b.customer_id, b.property_id`,
    {
      asOf,
      overdueOnly: o.overdueOnly,
      prop: o.propertyId ?? null,
      customers: o.customerIds ? pgArray(o.customerIds) : null,
    },
  );
  const rows = await q(em, sql, params);
  return rows.map((r: any) => ({
    customerId: r.customer_id,
    propertyId: r.property_id,
    outstandingFen: Number(r.outstanding),
    oldestDue: r.oldest_due,
  }));
}

export class ArrearsService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** R-BIL-7 ageing per customer of a property. */
  async arrears(p: TenantContext, propertyId: string, asOf: string): Promise<ArrearsRowData[]> {
    if (!isCalendarDate(asOf))
      throw validationFailed('asOf must be a date', [{ field: 'asOf', message: 'YYYY-MM-DD' }]);
    if (p.propertyScope !== 'ALL' && !p.propertyScope.includes(propertyId)) return [];
    return this.db.tx((em) => ArrearsService.rows(em, propertyId, asOf), p);
  }

  static async rows(em: EntityManager, propertyId: string, asOf: string): Promise<ArrearsRowData[]> {
    const pol = await billingPolicy(em, propertyId, asOf);
    const rows = await overdueByCustomer(em, asOf, { propertyId, overdueOnly: true });
    return rows
      .filter((r) => r.oldestDue && r.outstandingFen > 0)
      .map((r) => ({
        customerId: r.customerId,
        overdueFen: r.outstandingFen,
        months: monthsOverdue(r.oldestDue!, asOf),
        stage: arrearsStage(r.oldestDue!, asOf, pol.arrears),
        oldestDueDate: r.oldestDue!,
      }))
      .sort((a, b) => b.overdueFen - a.overdueFen || (a.customerId < b.customerId ? -1 : 1));
  }

  /** Customer.balanceFen / arrearsMonths for a batch of customers (one query per batch). */
  async balances(p: Principal, customerIds: readonly string[]) {
    const today = dateIn(this.clock.now(), DEFAULT_TIME_ZONE);
    return this.db.tx(async (em) => {
      const scoped = p.propertyScope === 'ALL' ? null : p.propertyScope;
      const rows = (
        await overdueByCustomer(em, today, { customerIds: [...customerIds], overdueOnly: false })
      ).filter((r) => !scoped || scoped.includes(r.propertyId));
      const credits = await q(
        em,
        `select customer_id, sum(unallocated_fen)::bigint as credit from payments
         where status = 'POSTED' and unallocated_fen > 0 and customer_id = any(?::uuid[]) group by customer_id`,
        [pgArray([...customerIds])],
      );
      const credit = new Map(credits.map((c: any) => [c.customer_id, Number(c.credit)]));
      return new Map(
        customerIds.map((id) => {
          const mine = rows.filter((r) => r.customerId === id);
          const dues = mine
            .map((r) => r.oldestDue)
            .filter((d): d is string => !!d)
            .sort();
          return [
            id,
            {
              balanceFen: mine.reduce((s, r) => s + r.outstandingFen, 0) - (credit.get(id) ?? 0),
              arrearsMonths: dues.length ? monthsOverdue(dues[0], today) : 0,
            },
          ];
        }),
      );
    }, p);
  }
}
