import { EntityManager } from '@mikro-orm/postgresql';
import { ArchiveService } from '../archive/archive.service';
import { Customer } from '../customer/customer.entity';
import { Occupancy } from '../occupancy/occupancy.entity';
import { rate } from './kpi.rules';
import { CustomerKpis } from './kpi.types';

/** Midnight UTC of a calendar date: the period bounds of timestamps. */
const utcStart = (date: string) => new Date(`${date}T00:00:00Z`);

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
  const customers = await em.count(Customer, { propertyId, createdAt: { $lt: utcStart(to) } });
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
    visits: { $some: { propertyId, at: { $gte: utcStart(from), $lt: utcStart(to) } } },
  });
  const completeness = await ArchiveService.completenessIn(em, propertyId);
  return {
    period,
    customers,
    moveIns,
    moveOuts,
    churnRate: rate(left, occupying),
    customersLeft: left,
    customersOccupying: occupying,
    dataErrorRate: rate(completeness.incomplete, completeness.archivesChecked),
    archivesIncomplete: completeness.incomplete,
    archivesChecked: completeness.archivesChecked,
    visitPlanCoverage: rate(visited, customers),
    customersVisited: visited,
  };
}
