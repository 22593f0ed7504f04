import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { assertPropertyVisible, conflict, kpiMonths, notFound, validationFailed } from '@pm/graphql';
import { policyValues } from '@pm/policy';
import { Clock, addPeriods, dateIn, instantAt } from '@pm/time';
import { PropertyProjection, StaffProjection } from '../projection/projection.entities';
import { ActionStatus, CorrectiveAction } from './analysis.entity';
import { AddCorrectiveActionInput } from './analysis.inputs';
import { complaintRows, repeatComplainers } from './analysis.queries';
import { actionOverdue, actionProblems, complaintBreakdown } from './analysis.rules';
import { ComplaintAnalysis, CorrectiveActionLine } from './analysis.types';

/** The monthly complaint analysis and its corrective actions (R-TKT-15, 第4篇 8.4.5). */
export class AnalysisService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async analysis(principal: Principal, propertyId: string, month: string): Promise<ComplaintAnalysis> {
    kpiMonths(month, month);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const tz = await zone(em, propertyId);
      const fromAt = instantAt(`${month}-01`, tz);
      const toAt = instantAt(`${addPeriods(month, 1)}-01`, tz);
      const today = dateIn(this.clock.now(), tz);
      // The targets in force at the month's end, or today while it is still running.
      const asOf = [dateIn(new Date(toAt.getTime() - 1), tz), today].sort()[0];
      const p = await policyValues(
        em,
        ['kpi.complaintTimelyRateMin', 'tickets.repeatComplainerMin'],
        propertyId,
        asOf,
      );
      const threshold = Number(p['tickets.repeatComplainerMin']);
      const actions = await em.find(CorrectiveAction, { propertyId, month }, { orderBy: { id: 'asc' } });
      const lines = actions.map((a) => withOverdue(a, today));
      return {
        propertyId,
        month,
        ...complaintBreakdown(
          await complaintRows(em, propertyId, fromAt, toAt),
          Number(p['kpi.complaintTimelyRateMin']),
        ),
        repeatThreshold: threshold,
        repeatComplainers: await repeatComplainers(em, propertyId, fromAt, toAt, threshold),
        actions: lines,
        overdueActions: lines.filter((l) => l.overdue).length,
      };
    }, principal);
  }

  async addAction(principal: Principal, input: AddCorrectiveActionInput): Promise<CorrectiveActionLine> {
    kpiMonths(input.month, input.month);
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    return this.db.tx(async (em) => {
      const today = dateIn(this.clock.now(), await zone(em, input.propertyId));
      const problems = actionProblems(input, today);
      const owner = isUuid(input.ownerId) ? await em.findOne(StaffProjection, { id: input.ownerId }) : null;
      if (!owner || !owner.propertyIds.includes(input.propertyId))
        problems.push({ field: 'ownerId', message: 'no staff member working on this property' });
      if (problems.length) throw validationFailed('corrective action is invalid', problems);
      const a = em.create(CorrectiveAction, {
        propertyId: input.propertyId,
        month: input.month,
        issue: input.issue.trim(),
        ownerId: owner!.id,
        deadline: input.deadline,
        status: ActionStatus.OPEN,
        createdAt: this.clock.now(),
      });
      await em.flush();
      return withOverdue(a, today);
    }, principal);
  }

  async completeAction(principal: Principal, id: string, result: string): Promise<CorrectiveActionLine> {
    const text = result.trim();
    if (!text || text.length > 1000)
      throw validationFailed('say what was done', [{ field: 'result', message: '1..1000 characters' }]);
    if (!isUuid(id)) throw notFound('corrective action');
    return this.db.tx(async (em) => {
      const a = await em.findOne(CorrectiveAction, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!a) throw notFound('corrective action');
      if (a.status === ActionStatus.DONE) throw conflict('the action is already done', { doneAt: a.doneAt });
      a.status = ActionStatus.DONE;
      a.result = text;
      a.doneAt = this.clock.now();
      await em.flush();
      return withOverdue(a, dateIn(this.clock.now(), await zone(em, a.propertyId)));
    }, principal);
  }
}

function withOverdue(a: CorrectiveAction, today: string): CorrectiveActionLine {
  return Object.assign(a, { overdue: actionOverdue(a, today) });
}

async function zone(em: EntityManager, propertyId: string): Promise<string> {
  const property = await em.findOne(PropertyProjection, { id: propertyId });
  if (!property) throw notFound('property');
  return property.timeZone;
}
