import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { KpiComparison, kpiMeasure, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn, isPeriod } from '@pm/time';
import { ArrearsService } from '../arrears/arrears.service';
import { billingPolicy } from '../common/policies';
import { PeriodCollection } from './billing-kpis.entity';
import { byStage, collectionRate } from './billing-kpis.rules';
import { BillingKpis } from './billing-kpis.types';

/** R-KPI-8: collection rate = collected / billed for the period's bills, with its counts. */
export class BillingKpiService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** Another site's property reads as one with no bills: the site filter scopes every query. */
  async kpis(p: Principal, propertyId: string, period: string): Promise<BillingKpis> {
    if (!isPeriod(period))
      throw validationFailed('period must be YYYY-MM', [{ field: 'period', message: 'YYYY-MM' }]);
    return this.db.tx(async (em) => {
      const tz = (await billingPolicy(em, propertyId, `${period}-01`)).timeZone;
      const today = dateIn(this.clock.now(), tz);
      const c = await em.findOne(PeriodCollection, { propertyId, period });
      const billed = c?.billedFen ?? 0;
      const collected = c?.collectedFen ?? 0;
      const arrears = await ArrearsService.rows(em, propertyId, today);
      const rate = collectionRate(billed, collected);
      const target = await policyValue<number>(em, 'kpi.feeCollectionRateMin', propertyId, today);
      return {
        period,
        billedFen: billed,
        collectedFen: collected,
        bills: c?.bills ?? 0,
        paidBills: c?.paidBills ?? 0,
        collectionRate: rate,
        target,
        // Nothing billed is nothing to collect: not measured rather than 0 %.
        collection: kpiMeasure(
          'R-KPI-8',
          'kpi.feeCollectionRateMin',
          KpiComparison.AT_LEAST,
          billed ? rate : null,
          target,
        ),
        arrearsFen: arrears.reduce((s, a) => s + a.overdueFen, 0),
        arrearsAsOf: today,
        arrearsByStage: byStage(arrears),
      };
    }, p);
  }
}
