import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { validationFailed } from '@pm/graphql';
import { TenantContext } from '@pm/tenant-context';
import { policyValue } from '@pm/policy';
import { Clock, dateIn, isCalendarDate } from '@pm/time';
import { ArrearsStage, ArrearsThresholds, arrearsStage, monthsOverdue } from '../common/period';
import { billingPolicy } from '../common/policies';
import { Payment } from '../payment/payment.entity';
import { PaymentStatus } from '../payment/payment.rules';
import { CustomerBalance } from './arrears.entity';

export interface ArrearsRowData {
  customerId: string;
  overdueFen: number;
  months: number;
  stage: ArrearsStage;
  oldestDueDate: string;
}

/** What the customer owed on `asOf` (due or not) and complete months since the oldest unpaid due date. */
export async function customerDebt(em: EntityManager, customerId: string, asOf: string) {
  const rows = await em.find(CustomerBalance, { asOf, customerId });
  return debtOf(rows, asOf);
}

function debtOf(rows: CustomerBalance[], asOf: string) {
  const dues = rows.flatMap((r) => (r.oldestDue ? [r.oldestDue] : [])).sort();
  return {
    owedFen: rows.reduce((s, r) => s + r.outstandingFen, 0),
    months: dues.length ? monthsOverdue(dues[0], asOf) : 0,
  };
}

/** A customer's balance as ageing reads it: an entity, or a row of a dashboard's statement. */
export type AgedBalance = Pick<CustomerBalance, 'customerId' | 'overdueFen' | 'oldestDue'>;

/** R-BIL-7 ageing of a property's balances on `asOf`, the largest debt first. */
export function ageing(rows: AgedBalance[], asOf: string, thresholds: ArrearsThresholds): ArrearsRowData[] {
  return rows
    .filter((r): r is AgedBalance & { oldestDue: string } => !!r.oldestDue)
    .map((r) => ({
      customerId: r.customerId,
      overdueFen: r.overdueFen,
      months: monthsOverdue(r.oldestDue, asOf),
      stage: arrearsStage(r.oldestDue, asOf, thresholds),
      oldestDueDate: r.oldestDue,
    }))
    .sort((a, b) => b.overdueFen - a.overdueFen || (a.customerId < b.customerId ? -1 : 1));
}

export class ArrearsService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** R-BIL-7 ageing per customer of a property (another site's property has none: the site filter). */
  async arrears(p: TenantContext, propertyId: string, asOf: string): Promise<ArrearsRowData[]> {
    if (!isCalendarDate(asOf))
      throw validationFailed('asOf must be a date', [{ field: 'asOf', message: 'YYYY-MM-DD' }]);
    return this.db.tx((em) => ArrearsService.rows(em, propertyId, asOf), p);
  }

  static async rows(em: EntityManager, propertyId: string, asOf: string): Promise<ArrearsRowData[]> {
    const pol = await billingPolicy(em, propertyId, asOf);
    const rows = await em.find(CustomerBalance, { asOf, propertyId, overdueFen: { $gt: 0 } });
    return ageing(rows, asOf, pol.arrears);
  }

  /** Customer.balanceFen / arrearsMonths for a batch of customers (three queries per batch). */
  async balances(p: Principal, customerIds: readonly string[]) {
    const now = this.clock.now();
    const ids = [...customerIds];
    return this.db.tx(async (em) => {
      // A customer's bills may span properties: "today" is the company's billing zone (policy),
      // read as of the UTC date, which is at most a day off the zone's for an effective date.
      const zone = await policyValue<string>(em, 'billing.timeZone', null, dateIn(now, 'UTC'));
      const today = dateIn(now, zone);
      const rows = await em.find(CustomerBalance, { asOf: today, customerId: { $in: ids } });
      const credits = await em.find(Payment, {
        status: PaymentStatus.POSTED,
        unallocatedFen: { $gt: 0 },
        customerId: { $in: ids },
      });
      return new Map(
        ids.map((id) => {
          const debt = debtOf(
            rows.filter((r) => r.customerId === id),
            today,
          );
          const credit = credits.filter((c) => c.customerId === id).reduce((s, c) => s + c.unallocatedFen, 0);
          return [id, { balanceFen: debt.owedFen - credit, arrearsMonths: debt.months }];
        }),
      );
    }, p);
  }
}
