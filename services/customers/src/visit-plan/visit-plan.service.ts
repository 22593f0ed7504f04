import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database, actorId } from '@pm/db';
import {
  KpiComparison,
  assertPropertyVisible,
  conflict,
  kpiMeasure,
  notFound,
  validationFailed,
} from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn, isCalendarDate } from '@pm/time';
import { Customer } from '../customer/customer.entity';
import { Occupancy } from '../occupancy/occupancy.entity';
import { findProperty, timeZoneOf } from '../property/property.service';
import { TenantVisitPlanEntry } from './visit-plan.entity';
import { PlanTenantVisitsInput, RecordTenantVisitInput } from './visit-plan.inputs';
import { planProblems, planStatus } from './visit-plan.rules';
import { TenantVisitPlan } from './visit-plan.types';

/** The yearly tenant visit plan (租户拜访计划, 第2篇 4.13) and its visit rate (R-KPI-9). */
export class VisitPlanService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  private async today(em: EntityManager, propertyId: string): Promise<string> {
    return dateIn(this.clock.now(), await timeZoneOf(em, propertyId));
  }

  private async view(em: EntityManager, propertyId: string, year: number): Promise<TenantVisitPlan> {
    const entries = await em.find(
      TenantVisitPlanEntry,
      { propertyId, year },
      { orderBy: { plannedMonth: 'asc', id: 'asc' } },
    );
    const occupying = await em.find(Occupancy, { propertyId, endDate: null }, { fields: ['customerId'] });
    const today = await this.today(em, propertyId);
    const status = planStatus(
      entries,
      occupying.map((o) => o.customerId),
      today,
    );
    const target = await policyValue<number>(em, 'kpi.tenantYearlyVisitRateMin', propertyId, `${year}-12-31`);
    const visitRate = status.planned ? status.visited / status.planned : null;
    return {
      propertyId,
      year,
      entries,
      planned: status.planned,
      visited: status.visited,
      overdue: status.overdue,
      unplannedCustomerIds: status.unplanned,
      visitRate,
      visits: kpiMeasure(
        'R-KPI-9',
        'kpi.tenantYearlyVisitRateMin',
        KpiComparison.AT_LEAST,
        visitRate,
        Number(target),
      ),
    };
  }

  /** R-KPI-9: tenants of the property put on the year's plan, each in a month; a tenant is planned once a year. */
  async plan(principal: Principal, input: PlanTenantVisitsInput): Promise<TenantVisitPlan> {
    const problems = planProblems(input.year, input.entries);
    if (problems.length) throw validationFailed('visit plan is invalid (R-KPI-9)', problems);
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    try {
      return await this.db.tx(async (em) => {
        if (!(await findProperty(em, input.propertyId))) throw notFound('property');
        const ids = input.entries.map((e) => e.customerId);
        const known =
          ids.every(isUuid) &&
          (await em.count(Customer, { id: { $in: ids }, propertyId: input.propertyId })) === ids.length;
        if (!known)
          throw validationFailed('planned tenants are customers of the property', [
            { field: 'entries', message: 'unknown customer' },
          ]);
        for (const e of input.entries)
          em.create(TenantVisitPlanEntry, {
            propertyId: input.propertyId,
            year: input.year,
            customerId: e.customerId,
            plannedMonth: e.plannedMonth,
          });
        await em.flush();
        return this.view(em, input.propertyId, input.year);
      }, principal);
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException)
        throw conflict('a tenant is already on the year’s visit plan (R-KPI-9)');
      throw e;
    }
  }

  /** R-KPI-9: the planned visit made — once, on a day of the plan's year, not in the future. */
  async record(principal: Principal, input: RecordTenantVisitInput): Promise<TenantVisitPlan> {
    const notes = input.notes?.trim() || null;
    const problems = [];
    if (!isCalendarDate(input.visitedOn)) problems.push({ field: 'visitedOn', message: 'YYYY-MM-DD' });
    if (notes && notes.length > 2000) problems.push({ field: 'notes', message: 'at most 2000 characters' });
    if (problems.length) throw validationFailed('visit is invalid (R-KPI-9)', problems);
    if (!isUuid(input.entryId)) throw notFound('visit plan entry');
    return this.db.tx(async (em) => {
      const e = await em.findOne(TenantVisitPlanEntry, input.entryId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (!e) throw notFound('visit plan entry');
      if (e.visitedOn) throw conflict('the planned visit is already recorded', { visitedOn: e.visitedOn });
      if (!input.visitedOn.startsWith(`${e.year}-`) || input.visitedOn > (await this.today(em, e.propertyId)))
        throw validationFailed('a visit is recorded once made, in the plan’s year', [
          { field: 'visitedOn', message: `a past day of ${e.year}` },
        ]);
      e.visitedOn = input.visitedOn;
      e.visitedBy = actorId() ?? 'system';
      e.notes = notes;
      await em.flush();
      return this.view(em, e.propertyId, e.year);
    }, principal);
  }

  async find(principal: Principal, propertyId: string, year: number): Promise<TenantVisitPlan> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw validationFailed('year is invalid', [{ field: 'year', message: '2000..2100' }]);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      if (!(await findProperty(em, propertyId))) throw notFound('property');
      return this.view(em, propertyId, year);
    }, principal);
  }
}
