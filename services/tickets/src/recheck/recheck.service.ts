import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { assertPropertyVisible, conflict, notFound, validationFailed } from '@pm/graphql';
import { policyValues } from '@pm/policy';
import { Clock, addDays, dateIn, instantAt, isCalendarDate } from '@pm/time';
import { PropertyProjection } from '../projection/projection.entities';
import { reopen } from '../ticket/ticket.changes';
import { Ticket } from '../ticket/ticket.entity';
import { TicketKind, TicketStatus } from '../ticket/ticket.enums';
import { RecheckResult, RepairRecheck } from './recheck.entity';
import { RecordRecheckInput } from './recheck.inputs';
import { recheckOverdue, recheckProblems, recheckSelection } from './recheck.rules';
import { RecheckList, RepairRecheckLine } from './recheck.types';

/** Afternoon re-checks of the previous day's repairs (R-TKT-12, 第4篇 12.2.11). */
export class RecheckService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /**
   * The list of `date`: the repairs completed the day before, all or the policy's share. Drawing
   * it again adds what is missing and keeps every line already worked, so it is safe to repeat.
   */
  async plan(principal: Principal, propertyId: string, date: string): Promise<RecheckList> {
    if (!isCalendarDate(date))
      throw validationFailed('date is YYYY-MM-DD', [{ field: 'date', message: 'YYYY-MM-DD' }]);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const tz = await this.zone(em, propertyId);
      if (date > dateIn(this.clock.now(), tz))
        throw validationFailed('a re-check list is drawn on its day or later', [
          { field: 'date', message: 'in the future' },
        ]);
      const { share, hour } = await this.policy(em, propertyId, date);
      const completed = await this.completedBefore(em, propertyId, date, tz);
      const chosen = new Set(
        recheckSelection(
          completed.map((t) => t.id),
          share,
        ),
      );
      const have = new Set(
        (await em.find(RepairRecheck, { propertyId, checkDate: date }, { fields: ['ticketId'] })).map(
          (r) => r.ticketId,
        ),
      );
      const dueFrom = instantAt(date, tz, hour * 60);
      for (const t of completed)
        if (chosen.has(t.id) && !have.has(t.id))
          em.create(RepairRecheck, {
            propertyId,
            ticketId: t.id,
            checkDate: date,
            completedAt: t.completedAt!,
            dueFrom,
            result: RecheckResult.PENDING,
            createdAt: this.clock.now(),
          });
      await em.flush();
      return this.listIn(em, propertyId, date, tz, completed.length);
    }, principal);
  }

  /** The list of `date` as drawn so far (empty before it is drawn). */
  async list(principal: Principal, propertyId: string, date: string): Promise<RecheckList> {
    if (!isCalendarDate(date))
      throw validationFailed('date is YYYY-MM-DD', [{ field: 'date', message: 'YYYY-MM-DD' }]);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const tz = await this.zone(em, propertyId);
      const completed = (await this.completedBefore(em, propertyId, date, tz)).length;
      return this.listIn(em, propertyId, date, tz, completed);
    }, principal);
  }

  /** OK closes the line; NOT_FIXED also reopens the repair, timeline REOPENED (R-TKT-12). */
  async record(principal: Principal, input: RecordRecheckInput): Promise<RepairRecheckLine> {
    const problems = recheckProblems(input.result, input.note);
    if (problems.length) throw validationFailed('re-check is invalid', problems);
    if (!isUuid(input.id)) throw notFound('re-check');
    return this.db.tx(async (em) => {
      const line = await em.findOne(
        RepairRecheck,
        { id: input.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!line) throw notFound('re-check');
      if (line.result !== RecheckResult.PENDING)
        throw conflict('the repair was already re-checked', {
          result: line.result,
          checkedAt: line.checkedAt,
        });
      const now = this.clock.now();
      line.result = input.result;
      line.note = input.note?.trim() || null;
      line.checkedAt = now;
      line.checkedBy = principal.actor.id ?? null;
      if (input.result === RecheckResult.NOT_FIXED) {
        const t = await em.findOne(Ticket, { id: line.ticketId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        // Already reopened (by a visit, R-VIS-4) or merged: nothing to reopen, the verdict stands.
        if (t && t.status === TicketStatus.COMPLETED)
          reopen(em, t, principal, now, `R-TKT-12 re-check: ${line.note}`);
      }
      await em.flush();
      const tz = await this.zone(em, line.propertyId);
      return Object.assign(line, { overdue: recheckOverdue(line.result, line.checkDate, dateIn(now, tz)) });
    }, principal);
  }

  private async zone(em: EntityManager, propertyId: string): Promise<string> {
    const property = await em.findOne(PropertyProjection, { id: propertyId });
    if (!property) throw notFound('property');
    return property.timeZone;
  }

  private async policy(em: EntityManager, propertyId: string, date: string) {
    const p = await policyValues(em, ['tickets.recheckShare', 'tickets.recheckHour'], propertyId, date);
    return { share: Number(p['tickets.recheckShare']), hour: Number(p['tickets.recheckHour']) };
  }

  /** Repairs completed (and still completed) on the local day before `date`. */
  private completedBefore(em: EntityManager, propertyId: string, date: string, tz: string) {
    return em.find(
      Ticket,
      {
        propertyId,
        kind: TicketKind.REPAIR,
        status: TicketStatus.COMPLETED,
        completedAt: { $gte: instantAt(addDays(date, -1), tz), $lt: instantAt(date, tz) },
      },
      { fields: ['id', 'completedAt'], orderBy: { completedAt: 'asc', id: 'asc' } },
    );
  }

  private async listIn(
    em: EntityManager,
    propertyId: string,
    date: string,
    tz: string,
    completed: number,
  ): Promise<RecheckList> {
    const { share, hour } = await this.policy(em, propertyId, date);
    const rows = await em.find(
      RepairRecheck,
      { propertyId, checkDate: date },
      { orderBy: { completedAt: 'asc', id: 'asc' } },
    );
    const today = dateIn(this.clock.now(), tz);
    const lines = rows.map((r) =>
      Object.assign(r, { overdue: recheckOverdue(r.result, r.checkDate, today) }),
    ) as RepairRecheckLine[];
    const count = (r: RecheckResult) => lines.filter((l) => l.result === r).length;
    return {
      propertyId,
      date,
      dueFrom: instantAt(date, tz, hour * 60),
      share,
      completed,
      lines,
      pending: count(RecheckResult.PENDING),
      ok: count(RecheckResult.OK),
      notFixed: count(RecheckResult.NOT_FIXED),
    };
  }
}
