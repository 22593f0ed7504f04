import { EntityManager } from '@mikro-orm/postgresql';
import { KpiComparison, kpiMeasure } from '@pm/graphql';
import { policyValuesOn } from '@pm/policy';
import { DEFAULT_TIME_ZONE, addDays } from '@pm/time';
import { ArchiveIndex } from '../archive/archive.entity';
import { REQUIRED_SECTIONS, missingSections } from '../archive/archive.rules';
import { CustomerKpiCounts, customerKpiCounts } from './kpi.queries';
import { PropertyProjection } from '../property/property.entity';
import { periodRange, rate } from './kpi.rules';
import { CustomerKpis } from './kpi.types';

const TARGETS = ['kpi.churnRateMax', 'kpi.dataErrorRateMax', 'kpi.tenantYearlyVisitRateMin'];
const TERMS = { targetKeys: TARGETS, requiredSections: REQUIRED_SECTIONS };

/**
 * R-KPI-4/5/9 of many (property, period) pairs — a dashboard's page, a trend of months — in one
 * statement: the counts, the properties' archive completeness (as of now) and the company's
 * targets in force at the end of each period.
 */
export async function customerKpisFor(
  em: EntityManager,
  requests: { propertyId: string; period: string }[],
): Promise<CustomerKpis[]> {
  const counts = await customerKpiCounts(
    em,
    requests.map((r) => ({ propertyId: r.propertyId, ...periodRange(r.period)! })),
    DEFAULT_TIME_ZONE,
    TERMS,
  );
  return requests.map((r, i) =>
    kpisOf(
      r.period,
      counts[i],
      { checked: counts[i].archivesChecked, incomplete: counts[i].archivesIncomplete },
      counts[i].targets,
    ),
  );
}

/** The company's period over every property the caller may see: counts summed, then the rates. */
export async function companyCustomerKpis(em: EntityManager, period: string): Promise<CustomerKpis> {
  const properties = await em.find(PropertyProjection, {}, { fields: ['id'] });
  const range = periodRange(period)!;
  const counts = await customerKpiCounts(
    em,
    properties.map((p) => ({ propertyId: p.id, ...range })),
    DEFAULT_TIME_ZONE,
    TERMS,
  );
  const archives = await em.find(ArchiveIndex, { status: 'ACTIVE' });
  const [targets] = await policyValuesOn(em, TARGETS, null, [addDays(range.to, -1)]);
  const sum = (f: (c: CustomerKpiCounts) => number) => counts.reduce((s, c) => s + f(c), 0);
  return kpisOf(
    period,
    {
      customers: sum((c) => c.customers),
      moveIns: sum((c) => c.moveIns),
      moveOuts: sum((c) => c.moveOuts),
      occupying: sum((c) => c.occupying),
      left: sum((c) => c.left),
      planned: sum((c) => c.planned),
      visited: sum((c) => c.visited),
    },
    {
      checked: archives.length,
      incomplete: archives.filter((a) => missingSections(a.sections).length).length,
    },
    targets,
  );
}

function kpisOf(
  period: string,
  c: Omit<CustomerKpiCounts, 'targets' | 'archivesChecked' | 'archivesIncomplete'>,
  archives: { checked: number; incomplete: number },
  targets: Record<string, unknown>,
): CustomerKpis {
  const measure = (rule: string, key: string, comparison: KpiComparison, value: number | null) =>
    kpiMeasure(rule, key, comparison, value, Number(targets[key]));
  const churnRate = rate(c.left, c.occupying);
  const dataErrorRate = rate(archives.incomplete, archives.checked);
  const visitPlanCoverage = rate(c.visited, c.planned);
  return {
    period,
    customers: c.customers,
    moveIns: c.moveIns,
    moveOuts: c.moveOuts,
    churnRate,
    customersLeft: c.left,
    customersOccupying: c.occupying,
    dataErrorRate,
    archivesIncomplete: archives.incomplete,
    archivesChecked: archives.checked,
    visitPlanCoverage,
    visitsPlanned: c.planned,
    customersVisited: c.visited,
    churn: measure('R-KPI-4', 'kpi.churnRateMax', KpiComparison.AT_MOST, churnRate),
    dataErrors: measure('R-KPI-5', 'kpi.dataErrorRateMax', KpiComparison.BELOW, dataErrorRate),
    visitPlan: measure('R-KPI-9', 'kpi.tenantYearlyVisitRateMin', KpiComparison.AT_LEAST, visitPlanCoverage),
  };
}
