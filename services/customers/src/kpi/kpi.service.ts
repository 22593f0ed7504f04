import { EntityManager } from '@mikro-orm/postgresql';
import { ArchiveService } from '../archive/archive.service';
import { Customer } from '../customer/customer.entity';
import { Occupancy } from '../occupancy/occupancy.entity';
import { timeZoneOf } from '../property/property.service';
import { KpiComparison, kpiMeasure } from '@pm/graphql';
import { policyValues } from '@pm/policy';
import { addDays, instantAt } from '@pm/time';
import { rate } from './kpi.rules';
import { CustomerKpis } from './kpi.types';

/**
 * R-KPI-4/5/9 of one property for [from, to): counts through the entity manager (the tenant
 * filter applies); distinct customers are counted as customers with a matching occupancy or visit.
 */
export async function customerKpis(
  em: EntityManager,
  propertyId: string,
  period: string,
  { from, to }: { from: string; to: string },
): Promise<CustomerKpis> {
  // Timestamps are bounded by midnight in the property's zone, like its business days.
  const tz = await timeZoneOf(em, propertyId);
  const start = instantAt(from, tz);
  const end = instantAt(to, tz);
  const customers = await em.count(Customer, { propertyId, createdAt: { $lt: end } });
  const moveIns = await em.count(Occupancy, { propertyId, startDate: { $gte: from, $lt: to } });
  const moveOuts = await em.count(Occupancy, { propertyId, endDate: { $gte: from, $lt: to } });
  const occupying = await em.count(Customer, {
    occupancies: {
      $some: { propertyId, startDate: { $lt: to }, $or: [{ endDate: null }, { endDate: { $gte: from } }] },
    },
  });
  // Left: an occupancy here ended in the period and none is current anywhere.
  const left = await em.count(Customer, {
    occupancies: { $some: { propertyId, endDate: { $gte: from, $lt: to } }, $none: { endDate: null } },
  });
  const visited = await em.count(Customer, {
    visits: { $some: { propertyId, at: { $gte: start, $lt: end } } },
  });
  const completeness = await ArchiveService.completenessIn(em, propertyId);
  const targets = await policyValues(
    em,
    ['kpi.churnRateMax', 'kpi.dataErrorRateMax', 'kpi.tenantYearlyVisitRateMin'],
    propertyId,
    addDays(to, -1),
  );
  const churnRate = rate(left, occupying);
  const dataErrorRate = rate(completeness.incomplete, completeness.archivesChecked);
  const visitPlanCoverage = rate(visited, customers);
  const measure = (rule: string, key: string, comparison: KpiComparison, value: number | null) =>
    kpiMeasure(rule, key, comparison, value, Number(targets[key]));
  return {
    period,
    customers,
    moveIns,
    moveOuts,
    churnRate,
    customersLeft: left,
    customersOccupying: occupying,
    dataErrorRate,
    archivesIncomplete: completeness.incomplete,
    archivesChecked: completeness.archivesChecked,
    visitPlanCoverage,
    customersVisited: visited,
    churn: measure('R-KPI-4', 'kpi.churnRateMax', KpiComparison.AT_MOST, churnRate),
    dataErrors: measure('R-KPI-5', 'kpi.dataErrorRateMax', KpiComparison.BELOW, dataErrorRate),
    visitPlan: measure('R-KPI-9', 'kpi.tenantYearlyVisitRateMin', KpiComparison.AT_LEAST, visitPlanCoverage),
  };
}
