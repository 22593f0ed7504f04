import { EntityManager } from '@mikro-orm/postgresql';
import { KpiComparison, kpiMeasure } from '@pm/graphql';
import { policyValuesOn } from '@pm/policy';
import { DEFAULT_TIME_ZONE, addDays } from '@pm/time';
import { ArchiveIndex } from '../archive/archive.entity';
import { missingSections } from '../archive/archive.rules';
import { customerKpiCounts } from './kpi.queries';
import { periodRange, rate } from './kpi.rules';
import { CustomerKpis } from './kpi.types';

const TARGETS = ['kpi.churnRateMax', 'kpi.dataErrorRateMax', 'kpi.tenantYearlyVisitRateMin'];

/**
 * R-KPI-4/5/9 of many (property, period) pairs — a dashboard's page, a trend of months — in three
 * statements: the counts, the active archives of the properties (completeness is as of now), and
 * the company's targets in force at the end of each period.
 */
export async function customerKpisFor(
  em: EntityManager,
  requests: { propertyId: string; period: string }[],
): Promise<CustomerKpis[]> {
  const ranges = requests.map((r) => periodRange(r.period)!);
  const counts = await customerKpiCounts(
    em,
    requests.map((r, i) => ({ propertyId: r.propertyId, ...ranges[i] })),
    DEFAULT_TIME_ZONE,
  );
  const archives = await em.find(ArchiveIndex, {
    propertyId: { $in: [...new Set(requests.map((r) => r.propertyId))] },
    status: 'ACTIVE',
  });
  const ends = [...new Set(ranges.map((r) => addDays(r.to, -1)))];
  const targets = await policyValuesOn(em, TARGETS, null, ends);
  return requests.map((r, i) => {
    const c = counts[i];
    const checked = archives.filter((a) => a.propertyId === r.propertyId);
    const incomplete = checked.filter((a) => missingSections(a.sections).length).length;
    const t = targets[ends.indexOf(addDays(ranges[i].to, -1))];
    const measure = (rule: string, key: string, comparison: KpiComparison, value: number | null) =>
      kpiMeasure(rule, key, comparison, value, Number(t[key]));
    const churnRate = rate(c.left, c.occupying);
    const dataErrorRate = rate(incomplete, checked.length);
    const visitPlanCoverage = rate(c.visited, c.customers);
    return {
      period: r.period,
      customers: c.customers,
      moveIns: c.moveIns,
      moveOuts: c.moveOuts,
      churnRate,
      customersLeft: c.left,
      customersOccupying: c.occupying,
      dataErrorRate,
      archivesIncomplete: incomplete,
      archivesChecked: checked.length,
      visitPlanCoverage,
      customersVisited: c.visited,
      churn: measure('R-KPI-4', 'kpi.churnRateMax', KpiComparison.AT_MOST, churnRate),
      dataErrors: measure('R-KPI-5', 'kpi.dataErrorRateMax', KpiComparison.BELOW, dataErrorRate),
      visitPlan: measure(
        'R-KPI-9',
        'kpi.tenantYearlyVisitRateMin',
        KpiComparison.AT_LEAST,
        visitPlanCoverage,
      ),
    };
  });
}
