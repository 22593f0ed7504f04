import type { KpiComparison, Measure } from './format';

/**
 * The KPIs held against a target (`KpiMeasure` fields of ServiceKpis, BillingKpis and
 * CustomerKpis), each with its label under `dashboard.kpi.*` and whether it is a 1–5 score.
 */
export const KPIS = [
  { key: 'response', label: 'responseWithin24hRate' },
  { key: 'resolution', label: 'resolutionRate' },
  { key: 'satisfaction', label: 'satisfactionMean', score: true },
  { key: 'timely', label: 'timelyRate' },
  { key: 'followUp', label: 'followUpHandlingRate' },
  { key: 'collection', label: 'collectionRate' },
  { key: 'churn', label: 'churnRate' },
  { key: 'dataErrors', label: 'dataErrorRate' },
  { key: 'visitPlan', label: 'visitPlanCoverage' },
] as const satisfies readonly { key: string; label: string; score?: boolean }[];

export type KpiKey = (typeof KPIS)[number]['key'];

/** One KPI month by month against its target, as a trend chart draws it. */
export interface Trend {
  points: { period: string; value: number | null }[];
  target?: number;
  comparison?: KpiComparison;
}

export type Totals = Record<string, number>;

/**
 * Adds up the properties' monthly counts by period (every numeric field; a satisfaction mean is
 * weighted by its count as `satisfactionSum`), periods in order.
 */
export function sumByPeriod(perProperty: readonly (readonly { period: string }[])[]): Map<string, Totals> {
  const out = new Map<string, Totals>();
  for (const months of perProperty)
    for (const row of months) {
      const s = out.get(row.period) ?? {};
      for (const [k, v] of Object.entries(row)) if (typeof v === 'number') s[k] = (s[k] ?? 0) + v;
      const r = row as { satisfactionMean?: number | null; satisfactionCount?: number };
      if (typeof r.satisfactionMean === 'number' && r.satisfactionCount)
        s.satisfactionSum = (s.satisfactionSum ?? 0) + r.satisfactionMean * r.satisfactionCount;
      out.set(row.period, s);
    }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

const ratio = (a: number | undefined, b: number | undefined) => (b && b > 0 ? (a ?? 0) / b : null);

/** A company's KPI from the summed counts: counts first, then the rate (as companyKpis does). */
export const COMPANY_RATE: Record<KpiKey, (s: Totals) => number | null> = {
  response: (s) => ratio(s.respondedInTime, s.responsesDue),
  resolution: (s) => ratio(s.resolved, s.tickets),
  satisfaction: (s) => ratio(s.satisfactionSum, s.satisfactionCount),
  timely: (s) => ratio(s.timelyComplaints, s.complaints),
  followUp: (s) => ratio(s.visitTasksDone, s.visitTasksSampled),
  collection: (s) => ratio(s.collectedFen, s.billedFen),
  churn: (s) => ratio(s.customersLeft, s.customersOccupying),
  dataErrors: (s) => ratio(s.archivesIncomplete, s.archivesChecked),
  visitPlan: (s) => ratio(s.customersVisited, s.customers),
};

/** The company's trend of a KPI over `months` (oldest first), targets from the company roll-up. */
export function companyTrend(
  key: KpiKey,
  totals: Map<string, Totals>,
  months: readonly string[],
  measure?: Pick<Measure, 'target' | 'comparison'>,
): Trend {
  return {
    points: months.map((period) => {
      const s = totals.get(period);
      return { period, value: s ? COMPANY_RATE[key](s) : null };
    }),
    target: measure?.target,
    comparison: measure?.comparison,
  };
}

/** A property's trend of a KPI from its monthly measures (the latest month's target). */
export function measureTrend(
  months: readonly string[],
  rows: readonly { period: string; m: Measure }[],
): Trend {
  const by = new Map(rows.map((r) => [r.period, r.m]));
  const last = rows.at(-1)?.m;
  return {
    points: months.map((period) => ({ period, value: by.get(period)?.value ?? null })),
    target: last?.target,
    comparison: last?.comparison,
  };
}

/** The measures of a property's (or the company's) KPIs, by KPI. */
export interface WithMeasures {
  serviceKpis: Record<'response' | 'resolution' | 'satisfaction' | 'timely' | 'followUp', Measure>;
  billingKpis: { collection: Measure };
  customerKpis: Record<'churn' | 'dataErrors' | 'visitPlan', Measure>;
}

export function measuresOf(k: WithMeasures): Record<KpiKey, Measure>;
export function measuresOf(k: WithMeasures | undefined): Partial<Record<KpiKey, Measure>>;
export function measuresOf(k: WithMeasures | undefined): Partial<Record<KpiKey, Measure>> {
  if (!k) return {};
  const { response, resolution, satisfaction, timely, followUp } = k.serviceKpis;
  const { churn, dataErrors, visitPlan } = k.customerKpis;
  return {
    response,
    resolution,
    satisfaction,
    timely,
    followUp,
    collection: k.billingKpis.collection,
    churn,
    dataErrors,
    visitPlan,
  };
}
