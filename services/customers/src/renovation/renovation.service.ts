import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events, isUuid } from '@pm/contracts';
import { Database, actorId, uuidv7 } from '@pm/db';
import { publishInTx } from '@pm/events';
import {
  ConnectionShape,
  PageArgs,
  assertPropertyVisible,
  conflict,
  decodePage,
  notFound,
  toConnection,
  validationFailed,
} from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, addDays, dateIn, isCalendarDate } from '@pm/time';
import { visibleCustomer } from '../customer/customer.service';
import { timeZoneOf, unitOfProperty } from '../property/property.service';
import { Renovation } from './renovation.entity';
import {
  ApplyRenovationInput,
  RecordRenovationInspectionInput,
  RequestRenovationInspectionInput,
} from './renovation.inputs';
import {
  InspectionKind,
  RenovationStatus,
  applicationProblems,
  inspectionDue,
  inspectionOverdue,
  inspectionRefusal,
  statusAfterPass,
  worksProblems,
} from './renovation.rules';

export type RenovationLine = Renovation & { inspectionOverdue: boolean };

const clean = (items: readonly string[]) => items.map((s) => s.trim());
const openViolations = (r: Renovation) => r.violations.filter((v) => !v.rectifiedOn).length;

/** Renovation applications, inspections and acceptance (第4篇 7, R-CUS-11). */
export class RenovationService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  private async today(em: EntityManager, propertyId: string): Promise<string> {
    return dateIn(this.clock.now(), await timeZoneOf(em, propertyId));
  }

  private policy<T>(em: EntityManager, key: string, propertyId: string, today: string) {
    return policyValue<T>(em, key, propertyId, today);
  }

  private async line(em: EntityManager, r: Renovation): Promise<RenovationLine> {
    const today = await this.today(em, r.propertyId);
    return Object.assign(r, { inspectionOverdue: inspectionOverdue(r.inspectionDueOn, today) });
  }

  /** A renovation the caller may see (tenant and site filters), locked; or NOT_FOUND. */
  private async locked(em: EntityManager, id: string): Promise<Renovation> {
    const r = isUuid(id) ? await em.findOne(Renovation, id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!r) throw notFound('renovation');
    return r;
  }

  async apply(principal: Principal, input: ApplyRenovationInput): Promise<RenovationLine> {
    if (!isCalendarDate(input.startDate))
      throw validationFailed('renovation application is invalid', [
        { field: 'startDate', message: 'YYYY-MM-DD' },
      ]);
    return this.db.tx(async (em) => {
      const c = await visibleCustomer(em, input.customerId);
      await unitOfProperty(em, input.unitId, c.propertyId);
      const today = await this.today(em, c.propertyId);
      const leadDays = await this.policy<number>(
        em,
        'customers.renovationApplicationLeadDays',
        c.propertyId,
        today,
      );
      const problems = applicationProblems({
        startDate: input.startDate,
        today,
        leadDays,
        contractor: input.contractor,
        works: input.works,
      });
      if (problems.length) throw validationFailed('renovation application is invalid (R-CUS-11)', problems);
      const r = em.create(Renovation, {
        propertyId: c.propertyId,
        unitId: input.unitId,
        customerId: c.id,
        contractor: input.contractor.trim(),
        works: clean(input.works),
        smallJob: !!input.smallJob,
        startDate: input.startDate,
        appliedOn: today,
        status: RenovationStatus.APPLIED,
      });
      await em.flush();
      return this.line(em, r);
    }, principal);
  }

  /** Works added before acceptance join the application; after it they need a new one (7.3.3). */
  async addWorks(principal: Principal, id: string, works: string[]): Promise<RenovationLine> {
    const problems = worksProblems(works);
    if (problems.length) throw validationFailed('works are invalid', problems);
    return this.db.tx(async (em) => {
      const r = await this.locked(em, id);
      if (r.status === RenovationStatus.ACCEPTED)
        throw conflict('works added after acceptance need a new application (R-CUS-11)', {
          acceptedOn: r.acceptedOn,
        });
      if (r.works.length + works.length > 50)
        throw validationFailed('works are invalid', [{ field: 'works', message: 'at most 50 items' }]);
      r.works = [...r.works, ...clean(works)];
      await em.flush();
      return this.line(em, r);
    }, principal);
  }

  /** R-CUS-11: the customer asks for an inspection; it is due within customers.renovationInspectionDays. */
  async requestInspection(
    principal: Principal,
    input: RequestRenovationInspectionInput,
  ): Promise<RenovationLine> {
    return this.db.tx(async (em) => {
      const r = await this.locked(em, input.renovationId);
      const today = await this.today(em, r.propertyId);
      const refusal = inspectionRefusal({
        status: r.status,
        kind: input.kind,
        smallJob: r.smallJob,
        combinedAllowed: await this.policy<boolean>(
          em,
          'customers.renovationCombinedInspectionAllowed',
          r.propertyId,
          today,
        ),
        openViolations: openViolations(r),
      });
      if (refusal) throw conflict(`${refusal} (R-CUS-11)`, { status: r.status });
      const days = await this.policy<number>(em, 'customers.renovationInspectionDays', r.propertyId, today);
      // R-BIL-10: formal acceptance (also within a combined visit) within working days of the request.
      const acceptanceDays =
        input.kind === InspectionKind.INITIAL
          ? null
          : await this.policy<number>(em, 'billing.renovationAcceptanceWorkingDays', r.propertyId, today);
      r.pendingInspection = input.kind;
      r.inspectionDueOn = inspectionDue(today, days, acceptanceDays);
      await em.flush();
      return this.line(em, r);
    }, principal);
  }

  /**
   * R-CUS-11: the result of the pending inspection. A pass moves the renovation on; a formal or
   * combined pass accepts it and publishes renovation.accepted (billing starts the deposit refund
   * period, R-BIL-10). Findings are fixed within billing.renovationDefectFixDays, then re-inspected.
   */
  async recordInspection(
    principal: Principal,
    input: RecordRenovationInspectionInput,
  ): Promise<RenovationLine> {
    const findings = clean(input.findings ?? []).filter(Boolean);
    if (!input.passed && !findings.length)
      throw validationFailed('a failed inspection names what to fix', [
        { field: 'findings', message: 'required' },
      ]);
    if (findings.some((f) => f.length > 200))
      throw validationFailed('findings are invalid', [
        { field: 'findings', message: 'each 1..200 characters' },
      ]);
    return this.db.tx(async (em) => {
      const r = await this.locked(em, input.renovationId);
      const kind = r.pendingInspection;
      if (!kind) throw conflict('no inspection was asked for (R-CUS-11)', { status: r.status });
      if (openViolations(r))
        throw conflict('no inspection while violations are open (R-CUS-11)', { open: openViolations(r) });
      const today = await this.today(em, r.propertyId);
      const fixDays = await this.policy<number>(em, 'billing.renovationDefectFixDays', r.propertyId, today);
      r.inspections = [
        ...r.inspections,
        {
          kind,
          passed: input.passed,
          on: today,
          by: actorId() ?? 'system',
          findings,
          rectifyBy: findings.length ? addDays(today, fixDays) : null,
        },
      ];
      const dueOn = r.inspectionDueOn;
      r.pendingInspection = null;
      r.inspectionDueOn = null;
      if (input.passed) {
        r.status = statusAfterPass(kind);
        if (r.status === RenovationStatus.ACCEPTED) {
          r.acceptedOn = today;
          await publishInTx(em, Events.renovationAccepted, {
            renovationId: r.id,
            customerId: r.customerId,
            unitId: r.unitId,
            propertyId: r.propertyId,
            acceptedOn: today,
            dueOn: dueOn ?? undefined,
          });
        }
      }
      await em.flush();
      return this.line(em, r);
    }, principal);
  }

  /** A violation (违章装修) found on patrol or inspection; it stops every inspection until rectified. */
  async recordViolation(principal: Principal, id: string, description: string): Promise<RenovationLine> {
    const text = description.trim();
    if (!text || text.length > 200)
      throw validationFailed('violation is invalid', [
        { field: 'description', message: '1..200 characters' },
      ]);
    return this.db.tx(async (em) => {
      const r = await this.locked(em, id);
      const today = await this.today(em, r.propertyId);
      r.violations = [
        ...r.violations,
        {
          id: uuidv7(),
          description: text,
          recordedOn: today,
          recordedBy: actorId() ?? 'system',
          rectifiedOn: null,
        },
      ];
      await em.flush();
      return this.line(em, r);
    }, principal);
  }

  async rectifyViolation(principal: Principal, id: string, violationId: string): Promise<RenovationLine> {
    return this.db.tx(async (em) => {
      const r = await this.locked(em, id);
      const v = r.violations.find((x) => x.id === violationId);
      if (!v) throw notFound('violation');
      if (v.rectifiedOn) throw conflict('the violation is already rectified', { rectifiedOn: v.rectifiedOn });
      const today = await this.today(em, r.propertyId);
      r.violations = r.violations.map((x) => (x.id === violationId ? { ...x, rectifiedOn: today } : x));
      await em.flush();
      return this.line(em, r);
    }, principal);
  }

  /** The renovations of a property, oldest first; `open` keeps those not yet accepted. */
  async list(
    principal: Principal,
    propertyId: string,
    open: boolean | undefined,
    page: PageArgs,
  ): Promise<ConnectionShape<RenovationLine>> {
    const { limit, afterId } = decodePage(page);
    if (!isUuid(propertyId)) return toConnection([], limit, 0);
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const where = { propertyId, ...(open ? { status: { $ne: RenovationStatus.ACCEPTED } } : {}) };
      const rows = await em.find(Renovation, afterId ? { ...where, id: { $gt: afterId } } : where, {
        orderBy: { id: 'asc' },
        limit: limit + 1,
      });
      const today = await this.today(em, propertyId);
      const lines = rows.map((r) =>
        Object.assign(r, { inspectionOverdue: inspectionOverdue(r.inspectionDueOn, today) }),
      );
      return toConnection(lines, limit, await em.count(Renovation, where));
    }, principal);
  }
}
