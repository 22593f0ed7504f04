import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { KpiComparison, kpiMeasure, validationFailed } from '@pm/graphql';
import { policyValuesOn } from '@pm/policy';
import { canSeeProperty } from '@pm/tenant-context';
import { Clock, dateIn, isPeriod, periodDays } from '@pm/time';
import { ageing } from '../arrears/arrears.service';
import { ARREARS_KEYS, arrearsThresholdsOf } from '../common/policies';
import { billingKpiFigures } from './billing-kpis.queries';
import { byStage, collectionRate } from './billing-kpis.rules';
import { BillingKpis } from './billing-kpis.types';
import { PropertyProjection } from '../projection/projection.entity';

const TARGET_KEY = 'kpi.feeCollectionRateMin';
const TERMS = { targetKeys: [TARGET_KEY], arrearsKeys: ARREARS_KEYS };

/** R-KPI-8: collection rate = collected / billed for the period's bills, with its counts. */
export class BillingKpiService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /**
   * The KPIs of many (property, period) pairs — a dashboard's page, a trend of months — in one
   * statement however many pairs: the collections of every pair, the targets of every period end,
   * each property's "today" in its zone with its arrears thresholds and balances on that day. The
   * ageing itself stays R-BIL-7's (`ageing`). Another site's property reads as one with no bills.
   */
  async kpisFor(p: Principal, requests: { propertyId: string; period: string }[]): Promise<BillingKpis[]> {
    for (const r of requests)
      if (!isPeriod(r.period))
        throw validationFailed('period must be YYYY-MM', [{ field: 'period', message: 'YYYY-MM' }]);
    const visible = [...new Set(requests.map((r) => r.propertyId))].filter((id) => canSeeProperty(p, id));
    const figures = await this.db.tx(
      (em) => billingKpiFigures(em, requests, { now: this.clock.now(), visible }, TERMS),
      p,
    );
    const arrears = new Map(
      figures.properties.map((x) => [
        x.propertyId,
        { today: x.today, rows: ageing(x.balances, x.today, arrearsThresholdsOf(x.arrearsPolicy)) },
      ]),
    );
    return requests.map(({ propertyId, period }, i) => {
      const { billedFen: billed, collectedFen: collected, bills, paidBills, targets } = figures.periods[i];
      const rate = collectionRate(billed, collected);
      const target = Number(targets[TARGET_KEY]);
      const { today, rows } = arrears.get(propertyId)!;
      return {
        period,
        billedFen: billed,
        collectedFen: collected,
        bills,
        paidBills,
        collectionRate: rate,
        target,
        // Nothing billed is nothing to collect: not measured rather than 0 %.
        collection: kpiMeasure('R-KPI-8', TARGET_KEY, KpiComparison.AT_LEAST, billed ? rate : null, target),
        arrearsFen: rows.reduce((s, a) => s + a.overdueFen, 0),
        arrearsAsOf: today,
        arrearsByStage: byStage(rows),
      };
    });
  }

  /** The company's month over every property the caller may see: sums, then the rate. */
  async companyKpis(p: Principal, period: string): Promise<BillingKpis> {
    const properties = await this.db.tx((em) => em.find(PropertyProjection, {}, { fields: ['id'] }), p);
    const all = await this.kpisFor(
      p,
      properties.map((x) => ({ propertyId: x.id, period })),
    );
    const sum = (f: (k: BillingKpis) => number) => all.reduce((s, k) => s + f(k), 0);
    const billed = sum((k) => k.billedFen);
    const collected = sum((k) => k.collectedFen);
    const rate = collectionRate(billed, collected);
    const target =
      all[0]?.target ??
      (await this.db.tx((em) => policyValuesOn(em, [TARGET_KEY], null, [periodDays(period).to]), p))[0][
        TARGET_KEY
      ];
    const stages = new Map<string, { stage: string; customers: number; overdueFen: number }>();
    for (const st of all.flatMap((k) => k.arrearsByStage)) {
      const s = stages.get(st.stage) ?? { stage: st.stage, customers: 0, overdueFen: 0 };
      s.customers += st.customers;
      s.overdueFen += st.overdueFen;
      stages.set(st.stage, s);
    }
    return {
      period,
      billedFen: billed,
      collectedFen: collected,
      bills: sum((k) => k.bills),
      paidBills: sum((k) => k.paidBills),
      collectionRate: rate,
      target: Number(target),
      collection: kpiMeasure(
        'R-KPI-8',
        TARGET_KEY,
        KpiComparison.AT_LEAST,
        billed ? rate : null,
        Number(target),
      ),
      arrearsFen: sum((k) => k.arrearsFen),
      // Properties in other zones may be a day apart; the latest of their "today"s.
      arrearsAsOf:
        all
          .map((k) => k.arrearsAsOf)
          .sort()
          .pop() ?? dateIn(this.clock.now(), 'UTC'),
      arrearsByStage: [...stages.values()],
    };
  }
}
