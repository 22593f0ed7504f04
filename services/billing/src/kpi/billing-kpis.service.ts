import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn, isPeriod } from '@pm/time';
import { one } from '@pm/db';
import { billingPolicy } from '../common/policies';
import { ArrearsService } from '../arrears/arrears.service';

/** R-KPI-8: collection rate = collected / billed for the period's bills, with its counts. */
export class BillingKpiService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async kpis(p: Principal, propertyId: string, period: string) {
    if (!isPeriod(period))
      throw validationFailed('period must be YYYY-MM', [{ field: 'period', message: 'YYYY-MM' }]);
    if (p.propertyScope !== 'ALL' && !p.propertyScope.includes(propertyId)) return null;
    return this.db.tx(async (em) => {
      const tz = (await billingPolicy(em, propertyId, `${period}-01`)).timeZone;
      const today = dateIn(this.clock.now(), tz);
      const r = await one(
        em,
        `select count(*)::int as bills, count(*) filter (where status = 'PAID')::int as paid_bills,
                coalesce(sum(total_fen), 0)::bigint as billed, coalesce(sum(paid_fen), 0)::bigint as collected
         from bills where property_id = ? and period = ?`,
        [propertyId, period],
      );
      const billed = Number(r.billed);
      const collected = Number(r.collected);
      const rows = await ArrearsService.rows(em, propertyId, today);
      const stages = new Map<string, { customers: number; overdueFen: number }>();
      for (const a of rows) {
        const s = stages.get(a.stage) ?? { customers: 0, overdueFen: 0 };
        s.customers++;
        s.overdueFen += a.overdueFen;
        stages.set(a.stage, s);
      }
      return {
        period,
        billedFen: billed,
        collectedFen: collected,
        bills: r.bills,
        paidBills: r.paid_bills,
        collectionRate: billed > 0 ? collected / billed : 0,
        target: Number(await policyValue(em, 'kpi.feeCollectionRateMin', propertyId, today).catch(() => 0.9)),
        arrearsFen: rows.reduce((s, a) => s + a.overdueFen, 0),
        arrearsAsOf: today,
        arrearsByStage: [...stages.entries()].map(([stage, s]) => ({ stage, ...s })),
      };
    }, p);
  }
}
