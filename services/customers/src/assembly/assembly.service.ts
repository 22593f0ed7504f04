import { EntityManager, LockMode } from '@mikro-orm/postgresql';
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
import { policyValue, policyValues } from '@pm/policy';
import { Clock, dateIn, isCalendarDate } from '@pm/time';
import { Customer } from '../customer/customer.entity';
import { Occupancy } from '../occupancy/occupancy.entity';
import { findProperty, timeZoneOf } from '../property/property.service';
import { AssemblyRequest, TenantAssembly } from './assembly.entity';
import { RecordTenantAssemblyInput } from './assembly.inputs';
import { assemblyProblems, missingPeriods, share } from './assembly.rules';
import { TenantAssemblyView, TenantAssemblyYear } from './assembly.types';

/** Tenant assemblies with attendance and replies (R-CUS-14), measured against R-KPI-9. */
export class AssemblyService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  private async today(em: EntityManager, propertyId: string): Promise<string> {
    return dateIn(this.clock.now(), await timeZoneOf(em, propertyId));
  }

  private async view(em: EntityManager, a: TenantAssembly): Promise<TenantAssemblyView> {
    const requests = await em.find(
      AssemblyRequest,
      { assemblyId: a.id },
      { orderBy: { position: 'asc', id: 'asc' } },
    );
    return Object.assign(a, { requests });
  }

  /** R-CUS-14: the assembly's minutes, who was met and what they raised; attendees are the property's customers. */
  async record(principal: Principal, input: RecordTenantAssemblyInput): Promise<TenantAssemblyView> {
    const requests = (input.requests ?? []).map((r) => ({
      customerId: r.customerId ?? null,
      text: r.text.trim(),
    }));
    const problems = assemblyProblems({
      minutes: input.minutes,
      attendees: input.attendeeIds,
      requests: requests.map((r) => r.text),
    });
    if (!isCalendarDate(input.heldOn)) problems.push({ field: 'heldOn', message: 'YYYY-MM-DD' });
    if (problems.length) throw validationFailed('tenant assembly is invalid (R-CUS-14)', problems);
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    return this.db.tx(async (em) => {
      if (!(await findProperty(em, input.propertyId))) throw notFound('property');
      if (input.heldOn > (await this.today(em, input.propertyId)))
        throw validationFailed('an assembly is recorded once held', [
          { field: 'heldOn', message: 'not in the future' },
        ]);
      const named = [
        ...new Set([...input.attendeeIds, ...requests.flatMap((r) => (r.customerId ? [r.customerId] : []))]),
      ];
      const known =
        named.every(isUuid) &&
        (await em.count(Customer, { id: { $in: named }, propertyId: input.propertyId })) === named.length;
      if (!known)
        throw validationFailed('attendees and requesters are customers of the property', [
          { field: 'attendeeIds', message: 'unknown customer' },
        ]);
      const a = em.create(TenantAssembly, {
        propertyId: input.propertyId,
        heldOn: input.heldOn,
        minutes: input.minutes.trim(),
        attendeeIds: [...input.attendeeIds],
        recordedBy: actorId() ?? 'system',
      });
      requests.forEach((r, position) =>
        em.create(AssemblyRequest, {
          assemblyId: a.id,
          propertyId: a.propertyId,
          customerId: r.customerId,
          text: r.text,
          position,
        }),
      );
      await em.flush();
      return this.view(em, a);
    }, principal);
  }

  /** R-CUS-14: every request raised gets a reply (回复率100%). */
  async reply(principal: Principal, requestId: string, reply: string): Promise<AssemblyRequest> {
    const text = reply.trim();
    if (!text || text.length > 2000)
      throw validationFailed('reply is invalid', [{ field: 'reply', message: '1..2000 characters' }]);
    if (!isUuid(requestId)) throw notFound('assembly request');
    return this.db.tx(async (em) => {
      const r = await em.findOne(AssemblyRequest, requestId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!r) throw notFound('assembly request');
      if (r.repliedAt) throw conflict('the request already has a reply', { repliedAt: r.repliedAt });
      r.reply = text;
      r.repliedAt = this.clock.now();
      r.repliedBy = actorId() ?? 'system';
      await em.flush();
      return r;
    }, principal);
  }

  /** The year's assemblies of a property: coverage of its current customers and the reply rate (R-KPI-9). */
  async year(principal: Principal, propertyId: string, year: number): Promise<TenantAssemblyYear> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw validationFailed('year is invalid', [{ field: 'year', message: '2000..2100' }]);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      if (!(await findProperty(em, propertyId))) throw notFound('property');
      const today = await this.today(em, propertyId);
      const assemblies = await em.find(
        TenantAssembly,
        { propertyId, heldOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } },
        { orderBy: { heldOn: 'asc', id: 'asc' } },
      );
      const views = await Promise.all(assemblies.map((a) => this.view(em, a)));
      const occupying = await em.find(Occupancy, { propertyId, endDate: null }, { fields: ['customerId'] });
      const tenants = new Set(occupying.map((o) => o.customerId));
      const met = new Set(assemblies.flatMap((a) => a.attendeeIds).filter((id) => tenants.has(id)));
      const requests = views.flatMap((v) => v.requests);
      const replied = requests.filter((r) => r.repliedAt).length;
      const asOf = today < `${year}-12-31` ? today : `${year}-12-31`;
      const interval = await policyValue<number>(
        em,
        'customers.tenantAssemblyIntervalMonths',
        propertyId,
        asOf,
      );
      const targets = await policyValues(
        em,
        ['kpi.tenantAssemblyCoverageMin', 'kpi.tenantAssemblyReplyRateMin'],
        propertyId,
        `${year}-12-31`,
      );
      const coverageRate = share(met.size, tenants.size);
      const replyRate = share(replied, requests.length);
      return {
        year,
        assemblies: views,
        missingPeriods: missingPeriods(
          year,
          interval,
          assemblies.map((a) => a.heldOn),
          today,
        ),
        tenants: tenants.size,
        tenantsMet: met.size,
        coverageRate,
        requestsRaised: requests.length,
        requestsReplied: replied,
        replyRate,
        coverage: kpiMeasure(
          'R-KPI-9',
          'kpi.tenantAssemblyCoverageMin',
          KpiComparison.AT_LEAST,
          coverageRate,
          Number(targets['kpi.tenantAssemblyCoverageMin']),
        ),
        replies: kpiMeasure(
          'R-KPI-9',
          'kpi.tenantAssemblyReplyRateMin',
          KpiComparison.AT_LEAST,
          replyRate,
          Number(targets['kpi.tenantAssemblyReplyRateMin']),
        ),
      };
    }, principal);
  }
}
