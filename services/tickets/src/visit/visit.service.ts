import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Events, isUuid } from '@pm/contracts';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import {
  ConnectionShape,
  PageArgs,
  assertPropertyVisible,
  decodePage,
  forbidden,
  kpiMonths,
  notFound,
  toConnection,
  validationFailed,
} from '@pm/graphql';
import { policyValue, policyValues } from '@pm/policy';
import { Clock, DEFAULT_TIME_ZONE, addMonthsAt, addPeriods, dateIn, instantAt } from '@pm/time';
import { PropertyProjection, StaffProjection, zoneOf } from '../projection/projection.entities';
import { Ticket } from '../ticket/ticket.entity';
import { publishCreated, recordEvent, reopen } from '../ticket/ticket.changes';
import { CLOSED_STATUSES, TicketKind, TicketStatus } from '../ticket/ticket.enums';
import { Visit, VisitTask } from './visit.entity';
import {
  VisitTaskSet,
  lockVisitSequence,
  visitCounts,
  visitTaskCounts,
  visitTaskPage,
} from './visit.queries';
import { VisitStatistics, visitStatistics } from './visit.statistics';
import { VisitMethod } from '../ticket/ticket.enums';
import { mayRecordVisit, needsVisit, responsibleRole, sampleDecision, visitProblems } from './visit.rules';

export class RecordVisitArgs {
  ticketId!: string;
  method!: VisitMethod;
  satisfaction!: number;
  customerSigned?: boolean;
  note?: string;
  newIssue?: string;
  reopen?: boolean;
  promisedReplyAt?: Date;
}

/**
 * R-VIS-1 names a role; R-APR-7 needs a person. Of the staff holding the role at the property (as
 * for dispatch), the one with the fewest open visit tasks there takes it; null when nobody holds it.
 */
export async function responsibleStaff(
  em: EntityManager,
  propertyId: string,
  role: string,
): Promise<string | null> {
  const holders = await em.find(
    StaffProjection,
    { roles: { $contains: [role] }, propertyIds: { $contains: [propertyId] } },
    { fields: ['id'], orderBy: { id: 'asc' } },
  );
  let best: { id: string; open: number } | null = null;
  for (const h of holders) {
    const open = await em.count(VisitTask, { propertyId, responsibleStaffId: h.id, status: 'OPEN' });
    if (!best || open < best.open) best = { id: h.id, open };
  }
  return best?.id ?? null;
}

export class VisitService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** On close of a complaint or repair: the visit task, sampled deterministically (R-VIS-1, R-VIS-2). */
  static async taskOnClose(em: EntityManager, t: Ticket, now: Date): Promise<VisitTask | null> {
    if (!needsVisit(t.kind, t.anonymous)) return null;
    const existing = await em.findOne(VisitTask, { ticketId: t.id });
    if (existing) return existing;
    const tz = await zoneOf(em, t.propertyId);
    const asOf = dateIn(now, tz);
    const complaint = t.kind === TicketKind.COMPLAINT;
    const rate = Number(
      await policyValue(em, complaint ? 'visits.complaintSampleRate' : 'visits.repairSampleRate', null, asOf),
    );
    const dueAt = complaint
      ? new Date(
          now.getTime() +
            Number(await policyValue(em, 'visits.complaintWithinDays', null, asOf)) * 86_400_000,
        )
      : addMonthsAt(now, Number(await policyValue(em, 'visits.repairWithinMonths', null, asOf)), tz);
    // The n-th closure of this kind at this property; the advisory lock serialises concurrent closes.
    await lockVisitSequence(em, t.propertyId, t.kind);
    const n = await em.count(VisitTask, { propertyId: t.propertyId, ticketKind: t.kind });
    const s = sampleDecision(n + 1, rate, t.id);
    const role = responsibleRole(t.severity, t.department);
    const task = em.create(VisitTask, {
      ticketId: t.id,
      propertyId: t.propertyId,
      dueAt,
      responsibleRole: role,
      responsibleStaffId: await responsibleStaff(em, t.propertyId, role),
      severity: t.severity,
      sampleHash: s.hash,
      sampleRule: s.rule,
      sequenceNo: n + 1,
      ticketKind: t.kind,
      selected: s.selected,
      status: s.selected ? 'OPEN' : 'NOT_SAMPLED',
      createdAt: now,
    });
    await em.flush();
    return task;
  }

  async record(principal: Principal, input: RecordVisitArgs): Promise<Visit> {
    const now = this.clock.now();
    return this.db.tx(async (em) => {
      // Locked: a visit may reopen the ticket, which must not race a transition.
      const t = await em.findOne(Ticket, { id: input.ticketId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!t) throw notFound('ticket');
      const asOf = dateIn(now, await zoneOf(em, t.propertyId));
      const problems: { field: string; message: string }[] = [];
      if (!needsVisit(t.kind, t.anonymous))
        problems.push({
          field: 'ticketId',
          message: t.anonymous
            ? 'anonymous complaints get no visit'
            : 'only complaints and repairs are visited',
        });
      let task = await em.findOne(VisitTask, { ticketId: t.id });
      if (!task && !CLOSED_STATUSES.includes(t.status))
        problems.push({ field: 'ticketId', message: 'the ticket is not closed yet' });
      const phoneAllowedAfter = Number(await policyValue(em, 'visits.phoneAllowedAfterVisits', null, asOf));
      problems.push(
        ...visitProblems(input, {
          openIssue: task?.openIssue ?? false,
          visitsSoFar: task?.visitsCount ?? 0,
          phoneAllowedAfter,
        }),
      );
      if (problems.length) throw validationFailed('visit is invalid', problems);
      task ??= (await VisitService.taskOnClose(em, t, now))!;
      if (!mayRecordVisit(task.responsibleRole, principal.roles))
        throw forbidden(`R-VIS-1: this visit is made by ${task.responsibleRole} or a site manager`);
      const staff =
        principal.actor.id && isUuid(principal.actor.id)
          ? await em.findOne(StaffProjection, { userId: principal.actor.id })
          : null;
      const visit = em.create(Visit, {
        taskId: task.id,
        ticketId: t.id,
        propertyId: t.propertyId,
        method: input.method,
        satisfaction: input.satisfaction,
        customerSigned: !!input.customerSigned,
        note: input.note,
        staffId: staff?.id,
        actorId: principal.actor.id,
        newIssue: input.newIssue?.trim() || undefined,
        recordedAt: now,
        createdAt: now,
      });
      task.visitsCount += 1;
      // R-VIS-4: an issue raised gets a ticket and further visits until it is closed.
      if (visit.newIssue) {
        task.openIssue = true;
        task.status = 'OPEN';
        task.promisedReplyAt = input.promisedReplyAt;
        if (input.reopen && CLOSED_STATUSES.includes(t.status) && t.status !== TicketStatus.MERGED) {
          reopen(em, t, principal, now, visit.newIssue);
          visit.followUpTicketId = t.id;
        } else {
          const spawned = em.create(Ticket, {
            kind: t.kind,
            status: TicketStatus.OPEN,
            propertyId: t.propertyId,
            unitId: t.unitId,
            customerId: t.customerId,
            description: visit.newIssue,
            category: t.category,
            department: t.department,
            severity: t.severity,
            priority: t.priority,
            calledAt: now,
            createdAt: now,
            reporterId: principal.actor.id,
          });
          recordEvent(em, spawned, 'RAISED_IN_VISIT', principal, now, `visit of ${t.id}`);
          visit.followUpTicketId = spawned.id;
          await em.flush();
          await publishCreated(em, spawned);
        }
      } else {
        task.openIssue = false;
        task.status = 'DONE';
      }
      await em.flush();
      await publishInTx(em, Events.visitRecorded, {
        visitId: visit.id,
        ticketId: t.id,
        propertyId: t.propertyId,
        method: visit.method,
        satisfaction: visit.satisfaction,
        staffId: visit.staffId,
        customerId: t.customerId,
      });
      return visit;
    }, principal);
  }

  static tasks(em: EntityManager, ticketIds: readonly string[]) {
    return em.find(VisitTask, { ticketId: { $in: [...ticketIds] } });
  }

  /** R-VIS-5: the visit statistics of a property for the months `from`..`to` of its own zone. */
  async statistics(
    principal: Principal,
    propertyId: string,
    from: string,
    to: string,
  ): Promise<VisitStatistics> {
    const months = kpiMonths(from, to);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const property = await em.findOne(PropertyProjection, { id: propertyId });
      if (!property) throw notFound('property');
      const tz = property.timeZone ?? DEFAULT_TIME_ZONE;
      const fromAt = instantAt(`${months[0]}-01`, tz);
      const toAt = instantAt(`${addPeriods(months.at(-1)!, 1)}-01`, tz);
      // The targets in force at the window's end, or today while the window is still running.
      const asOf = dateIn(new Date(Math.min(this.clock.now().getTime(), toAt.getTime() - 1)), tz);
      const policy = await policyValues(
        em,
        ['visits.complaintSampleRate', 'visits.repairSampleRate', 'visits.statisticsReportFrequency'],
        propertyId,
        asOf,
      );
      const [tasks, visits] = [
        await visitTaskCounts(em, propertyId, fromAt, toAt),
        await visitCounts(em, propertyId, fromAt, toAt),
      ];
      return visitStatistics(
        {
          from: months[0],
          to: months.at(-1)!,
          frequency: String(policy['visits.statisticsReportFrequency']),
        },
        tasks,
        visits,
        {
          [TicketKind.COMPLAINT]: Number(policy['visits.complaintSampleRate']),
          [TicketKind.REPAIR]: Number(policy['visits.repairSampleRate']),
        },
      );
    }, principal);
  }

  /**
   * The visit tasks behind one R-KPI-7 / R-VIS-2 figure of a property's month (its own zone), a page
   * at a time: the list counts exactly what the figure counts.
   */
  async tasksOf(
    principal: Principal,
    propertyId: string,
    period: string,
    set: VisitTaskSet,
    page: PageArgs,
  ): Promise<ConnectionShape<VisitTask>> {
    // The same check of the month as the KPI fields: VALIDATION_FAILED on `period`.
    kpiMonths(period, period);
    const { limit, afterId } = decodePage(page);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const property = await em.findOne(PropertyProjection, { id: propertyId });
      if (!property) throw notFound('property');
      const tz = property.timeZone ?? DEFAULT_TIME_ZONE;
      const from = instantAt(`${period}-01`, tz);
      const to = instantAt(`${addPeriods(period, 1)}-01`, tz);
      const { total, ids } = await visitTaskPage(em, { propertyId, from, to, set }, afterId, limit);
      const found = ids.length
        ? await em.find(VisitTask, { id: { $in: ids } }, { orderBy: { id: 'asc' } })
        : [];
      return toConnection(found, limit, total);
    }, principal);
  }
}
