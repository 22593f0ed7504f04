import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { KpiComparison, kpiMeasure, validationFailed } from '@pm/graphql';
import { policyValuesOn } from '@pm/policy';
import { Clock, dateIn, isPeriod, periodDays } from '@pm/time';
import { ArrearsService } from '../arrears/arrears.service';
import { billingTimeZones } from '../common/policies';
import { PeriodCollection } from './billing-kpis.entity';
import { byStage, collectionRate } from './billing-kpis.rules';
import { BillingKpis } from './billing-kpis.types';
import { PropertyProjection } from '../projection/projection.entity';

/** R-KPI-8: collection rate = collected / billed for the period's bills, with its counts. */
export class BillingKpiService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /**
   * The KPIs of many (property, period) pairs — a dashboard's page, a trend of months — in one
   * transaction of a fixed number of statements, however many pairs: the collections of every
   * pair, the targets of every period end, the properties' zones (for their "today"), their
   * arrears thresholds and balances on that day (one statement per distinct day). Another site's
   * property reads as one with no bills: the site filter scopes every query.
   */
  async kpisFor(p: Principal, requests: { propertyId: string; period: string }[]): Promise<BillingKpis[]> {
    for (const r of requests)
      if (!isPeriod(r.period))
        throw validationFailed('period must be YYYY-MM', [{ field: 'period', message: 'YYYY-MM' }]);
    return this.db.tx(async (em) => {
      const properties = [...new Set(requests.map((r) => r.propertyId))];
      const periods = [...new Set(requests.map((r) => r.period))];
      const collections = await em.find(PeriodCollection, {
        propertyId: { $in: properties },
        period: { $in: periods },
      });
      const byPair = new Map(collections.map((c) => [`${c.propertyId}|${c.period}`, c]));
      const ends = periods.map((m) => periodDays(m).to);
      const targets = await policyValuesOn(em, ['kpi.feeCollectionRateMin'], null, ends);
      const utc = dateIn(this.clock.now(), 'UTC');
      const zones = await billingTimeZones(em, properties, utc);
      const todays = properties.map((id) => dateIn(this.clock.now(), zones.get(id)!));
      const rows = await ArrearsService.rowsOf(
        em,
        properties.map((propertyId, i) => ({ propertyId, asOf: todays[i] })),
      );
      const arrears = new Map(properties.map((id, i) => [id, { today: todays[i], rows: rows[i] }]));
      return requests.map(({ propertyId, period }) => {
        const c = byPair.get(`${propertyId}|${period}`);
        const billed = c?.billedFen ?? 0;
        const collected = c?.collectedFen ?? 0;
        const rate = collectionRate(billed, collected);
        const target = Number(targets[periods.indexOf(period)]['kpi.feeCollectionRateMin']);
        const { today, rows } = arrears.get(propertyId)!;
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
          arrearsFen: rows.reduce((s, a) => s + a.overdueFen, 0),
          arrearsAsOf: today,
          arrearsByStage: byStage(rows),
        };
      });
    }, p);
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
      (
        await this.db.tx(
          (em) => policyValuesOn(em, ['kpi.feeCollectionRateMin'], null, [periodDays(period).to]),
          p,
        )
      )[0]['kpi.feeCollectionRateMin'];
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
        'kpi.feeCollectionRateMin',
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
