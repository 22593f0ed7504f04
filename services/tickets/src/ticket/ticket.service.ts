import { EntityManager } from '@mikro-orm/postgresql';
import { Events, isUuid } from '@pm/contracts';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import {
  ConnectionShape,
  PageArgs,
  assertPropertyVisible,
  decodePage,
  notFound,
  toConnection,
  validationFailed,
} from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { TenantContext } from '@pm/tenant-context';
import { Clock, dateIn } from '@pm/time';
import { Notifier, TicketNotice } from '../notify/notifier';
import {
  PropertyProjection,
  StaffProjection,
  UnitProjection,
  zoneOf,
} from '../projection/projection.entities';
import { PriceService } from '../price/price.service';
import {
  DeadlineSpec,
  MET_BY,
  deadlinesOnCreate,
  loadSlaPolicy,
  onSiteDueAt,
  stateWhenReached,
} from '../sla/sla.rules';
import { VisitService } from '../visit/visit.service';
import { SlaDeadline, Ticket, TicketEvent } from './ticket.entity';
import {
  CLOSED_STATUSES,
  ComplaintCategory,
  MaterialCheck,
  QuoteState,
  RepairPriority,
  Severity,
  SlaState,
  TicketKind,
  TicketStatus,
} from './ticket.enums';
import {
  CompleteTicketInput,
  FileComplaintInput,
  QuoteInput,
  RefuseTicketInput,
  ReportPatrolFindingInput,
  ReportRepairInput,
  RequestHelpInput,
  TicketFilter,
} from './ticket.inputs';
import { departmentFor, helpSeverity, priceCharges } from './ticket.rules';

type Problem = { field: string; message: string };

export class TicketService {
  constructor(
    private db: Database,
    private clock: Clock,
    private notifier: Notifier,
  ) {}

  // ---------- creation ----------

  async reportRepair(principal: Principal, input: ReportRepairInput): Promise<Ticket> {
    const problems: Problem[] = [];
    const description = input.description.trim();
    if (!description) problems.push({ field: 'description', message: 'required' });
    const now = this.clock.now();
    if (input.appointmentAt && input.appointmentAt.getTime() < now.getTime())
      problems.push({ field: 'appointmentAt', message: 'must be in the future' });
    if (input.publicArea && input.unitId)
      problems.push({ field: 'unitId', message: 'a public-area repair has no unit' });
    const calledAt = this.calledAt(input.calledAt, now, problems, 'calledAt');
    return this.create(principal, input.propertyId, problems, async (em, tz) => {
      await this.checkUnit(em, input.propertyId, input.unitId);
      let code: string | undefined;
      if (input.priceItemCode) {
        code = input.priceItemCode.trim().toUpperCase();
        const items = await PriceService.current(em, input.propertyId, now);
        if (!items.some((i) => i.code === code))
          throw validationFailed('unknown price item', [
            { field: 'priceItemCode', message: `"${code}" is not on this property's price list` },
          ]);
      }
      const t = em.create(Ticket, {
        kind: TicketKind.REPAIR,
        status: TicketStatus.OPEN,
        propertyId: input.propertyId,
        unitId: input.unitId,
        customerId: input.customerId,
        description,
        priority: input.priority,
        publicArea: !!input.publicArea,
        appointmentAt: input.appointmentAt,
        priceItemCode: code,
        calledAt,
        createdAt: now,
        reporterId: principal.actor.id,
      });
      await em.flush();
      return { t, facts: { listed: !!code || !!input.publicArea }, action: 'REPORTED', tz };
    });
  }

  async fileComplaint(principal: Principal, input: FileComplaintInput): Promise<Ticket> {
    const problems: Problem[] = [];
    const description = input.description.trim();
    if (!description) problems.push({ field: 'description', message: 'required' });
    if (input.anonymous && input.customerId)
      problems.push({ field: 'customerId', message: 'an anonymous complaint names no customer' });
    const now = this.clock.now();
    const calledAt = this.calledAt(input.calledAt, now, problems, 'calledAt');
    // Duplicates filed with several departments are recorded once (R-TKT-8).
    if (!problems.length && input.customerId && isUuid(input.customerId)) {
      assertPropertyVisible(principal, input.propertyId);
      const dup = await this.db.tx(async (em) => {
        // Two complaints of one customer in one category inside this window are one record (R-TKT-8).
        const windowHours = await policyValue<number>(
          em,
          'tickets.complaintDuplicateWindowHours',
          input.propertyId,
          now.toISOString().slice(0, 10),
        );
        const since = new Date(now.getTime() - windowHours * 3600_000);
        const existing = await em.findOne(
          Ticket,
          {
            kind: TicketKind.COMPLAINT,
            propertyId: input.propertyId,
            customerId: input.customerId,
            category: input.category,
            status: { $nin: CLOSED_STATUSES },
            createdAt: { $gte: since },
          },
          { orderBy: { id: 'asc' } },
        );
        if (!existing) return null;
        await this.addEvent(em, existing, 'DUPLICATE_RECORDED', principal, now, description.slice(0, 500));
        return existing;
      }, principal);
      if (dup) return dup;
    }
    const severity = input.severity ?? Severity.GENERAL;
    return this.create(principal, input.propertyId, problems, async (em, tz) => {
      await this.checkUnit(em, input.propertyId, input.unitId);
      const t = em.create(Ticket, {
        kind: TicketKind.COMPLAINT,
        status: TicketStatus.OPEN,
        propertyId: input.propertyId,
        unitId: input.unitId,
        customerId: input.anonymous ? undefined : input.customerId,
        description,
        category: input.category,
        department: departmentFor(input.category as ComplaintCategory),
        severity,
        anonymous: !!input.anonymous,
        escalated: severity === Severity.MAJOR,
        intake: {
          what: input.what,
          where: input.where,
          who: input.who,
          when: input.when,
          expectation: input.expectation,
        },
        calledAt,
        createdAt: now,
        reporterId: principal.actor.id,
      });
      await em.flush();
      return { t, facts: { listed: true }, action: 'FILED', tz };
    });
  }

  async requestHelp(principal: Principal, input: RequestHelpInput): Promise<Ticket> {
    const problems: Problem[] = [];
    const description = input.description.trim();
    if (!description) problems.push({ field: 'description', message: 'required' });
    const now = this.clock.now();
    const calledAt = this.calledAt(input.calledAt, now, problems, 'calledAt');
    const severity = helpSeverity(input.category);
    return this.create(principal, input.propertyId, problems, async (em, tz) => {
      await this.checkUnit(em, input.propertyId, input.unitId);
      const answered = !!input.answered;
      const t = em.create(Ticket, {
        kind: TicketKind.HELP,
        status: answered ? TicketStatus.COMPLETED : TicketStatus.OPEN,
        propertyId: input.propertyId,
        unitId: input.unitId,
        customerId: input.customerId,
        description,
        category: input.category,
        severity,
        escalated: !answered || severity === Severity.MAJOR,
        calledAt,
        createdAt: now,
        firstResponseAt: answered ? now : undefined,
        completedAt: answered ? now : undefined,
        closedAt: answered ? now : undefined,
        reporterId: principal.actor.id,
      });
      await em.flush();
      return {
        t,
        facts: { listed: true, escalated: !answered },
        action: answered ? 'ANSWERED' : 'ESCALATED',
        tz,
      };
    });
  }

  async reportPatrolFinding(principal: Principal, input: ReportPatrolFindingInput): Promise<Ticket> {
    const problems: Problem[] = [];
    const description = input.description.trim();
    if (!description) problems.push({ field: 'description', message: 'required' });
    const now = this.clock.now();
    const foundAt = this.calledAt(input.foundAt, now, problems, 'foundAt');
    return this.create(principal, input.propertyId, problems, async (em, tz) => {
      if (input.roundId) {
        const rows = await em.execute('select 1 from patrol_rounds where id = ? and property_id = ?', [
          isUuid(input.roundId) ? input.roundId : null,
          input.propertyId,
        ]);
        if (!rows.length)
          throw validationFailed('unknown round', [
            { field: 'roundId', message: 'no such round at this property' },
          ]);
      }
      const t = em.create(Ticket, {
        kind: TicketKind.PATROL_FINDING,
        status: TicketStatus.OPEN,
        propertyId: input.propertyId,
        description,
        category: input.kind,
        roundId: input.roundId,
        calledAt: foundAt,
        createdAt: now,
        reporterId: principal.actor.id,
      });
      await em.flush();
      return { t, facts: { listed: true }, action: 'FOUND', tz };
    });
  }

  private calledAt(given: Date | undefined, now: Date, problems: Problem[], field: string): Date {
    if (!given) return now;
    if (given.getTime() > now.getTime() + 60_000)
      problems.push({ field, message: 'cannot be in the future' });
    if (given.getTime() < now.getTime() - 7 * 24 * 3600_000)
      problems.push({ field, message: 'more than 7 days ago' });
    return given;
  }

  private async checkUnit(em: EntityManager, propertyId: string, unitId?: string): Promise<void> {
    if (!unitId) return;
    const unit = isUuid(unitId) ? await em.findOne(UnitProjection, { id: unitId }) : null;
    if (!unit || unit.propertyId !== propertyId)
      throw validationFailed('unknown unit', [{ field: 'unitId', message: 'not a unit of this property' }]);
  }

  /** Shared creation path: scope, property, deadlines, timeline, ticket.created, notice — one transaction. */
  private async create(
    principal: Principal,
    propertyId: string,
    problems: Problem[],
    build: (
      em: EntityManager,
      tz: string,
    ) => Promise<{ t: Ticket; facts: { listed: boolean; escalated?: boolean }; action: string; tz: string }>,
  ): Promise<Ticket> {
    assertPropertyVisible(principal, propertyId);
    if (problems.length) throw validationFailed('ticket is invalid', problems);
    const notices: TicketNotice[] = [];
    const ticket = await this.db.tx(async (em) => {
      const property = isUuid(propertyId) ? await em.findOne(PropertyProjection, { id: propertyId }) : null;
      if (!property) throw notFound('property');
      const { t, facts, action, tz } = await build(em, property.timeZone);
      const now = t.createdAt;
      const policy = await loadSlaPolicy(em, propertyId, dateIn(now, tz));
      const specs = deadlinesOnCreate(
        {
          kind: t.kind,
          calledAt: t.calledAt,
          createdAt: now,
          priority: t.priority,
          appointmentAt: t.appointmentAt,
          publicArea: t.publicArea,
          listed: facts.listed,
          category: t.category,
          escalated: facts.escalated,
          hasCustomer: !!t.customerId,
        },
        policy,
        tz,
      );
      await this.addDeadlines(em, t, specs);
      await this.addEvent(em, t, action, principal, now);
      // The order exists now: R-TKT-1 "order filled" is reached at creation.
      await this.reach(em, t, ['ORDER_FILLED'], now);
      if (t.status === TicketStatus.COMPLETED) await this.reach(em, t, MET_BY.COMPLETED, now);
      await publishInTx(em, Events.ticketCreated, {
        ticketId: t.id,
        propertyId: t.propertyId,
        kind: t.kind,
        unitId: t.unitId,
        customerId: t.customerId,
      });
      if (t.status === TicketStatus.COMPLETED) await this.publishClosed(em, t);
      notices.push({
        type: 'NEW',
        tenantId: principal.tenantId,
        ticketId: t.id,
        propertyId: t.propertyId,
        kind: t.kind,
      });
      if (t.escalated)
        notices.push({
          type: 'ESCALATED',
          tenantId: principal.tenantId,
          ticketId: t.id,
          propertyId: t.propertyId,
          kind: t.kind,
        });
      return t;
    }, principal);
    for (const n of notices) await this.notifier.notify(n);
    return ticket;
  }

  // ---------- state changes ----------

  async dispatch(principal: Principal, id: string, assigneeId: string): Promise<Ticket> {
    return this.change(principal, id, async (em, t, now) => {
      this.assertOpen(t);
      const staff = isUuid(assigneeId) ? await em.findOne(StaffProjection, { id: assigneeId }) : null;
      if (!staff)
        throw validationFailed('unknown assignee', [
          { field: 'assigneeId', message: 'no such staff member' },
        ]);
      if (!staff.propertyIds.includes(t.propertyId))
        throw validationFailed('assignee does not work on this property', [
          { field: 'assigneeId', message: 'the assignee must work on the ticket’s property' },
        ]);
      t.assigneeId = staff.id;
      t.dispatchedAt ??= now;
      t.firstResponseAt ??= now;
      if (t.status === TicketStatus.OPEN) t.status = TicketStatus.DISPATCHED;
      await this.addEvent(em, t, 'DISPATCHED', principal, now, `assignee ${staff.id}`);
      await this.reach(em, t, MET_BY.DISPATCHED, now);
    });
  }

  async respond(principal: Principal, id: string, note?: string): Promise<Ticket> {
    return this.change(principal, id, async (em, t, now) => {
      this.assertOpen(t);
      t.firstResponseAt ??= now;
      await this.addEvent(em, t, 'RESPONDED', principal, now, note);
      await this.reach(em, t, MET_BY.RESPONDED, now);
    });
  }

  /** Escalation to leadership (R-TKT-8 serious complaints, R-TKT-9 help staff cannot answer). */
  async escalate(principal: Principal, id: string, note?: string): Promise<Ticket> {
    let notice: TicketNotice | undefined;
    const t = await this.change(principal, id, async (em, t, now, tz) => {
      this.assertOpen(t);
      if (t.escalated) return;
      t.escalated = true;
      await this.addEvent(em, t, 'ESCALATED', principal, now, note);
      if (t.kind === TicketKind.HELP) {
        const p = await loadSlaPolicy(em, t.propertyId, dateIn(now, tz));
        await this.addDeadlines(em, t, [
          {
            kind: 'HELP_ANSWER',
            rule: 'R-TKT-9',
            dueAt: new Date(now.getTime() + p.helpEscalatedAnswerMinutes * 60_000),
          },
        ]);
      }
      notice = {
        type: 'ESCALATED',
        tenantId: principal.tenantId,
        ticketId: t.id,
        propertyId: t.propertyId,
        kind: t.kind,
      };
    });
    if (notice) await this.notifier.notify(notice);
    return t;
  }

  async arrive(principal: Principal, id: string): Promise<Ticket> {
    return this.change(principal, id, async (em, t, now) => {
      this.assertOpen(t);
      this.assertQuoteAccepted(t);
      if (t.status === TicketStatus.ON_SITE) return;
      t.status = TicketStatus.ON_SITE;
      t.arrivedAt = now;
      t.firstResponseAt ??= now;
      await this.addEvent(em, t, 'ARRIVED', principal, now);
      await this.reach(em, t, MET_BY.ARRIVED, now);
    });
  }

  async quote(principal: Principal, id: string, input: QuoteInput): Promise<Ticket> {
    return this.change(principal, id, async (em, t, now) => {
      this.assertOpen(t);
      const problems: Problem[] = [];
      if (t.kind !== TicketKind.REPAIR)
        problems.push({ field: 'id', message: 'only repair orders are quoted' });
      else if (t.priceItemCode)
        problems.push({ field: 'id', message: 'the item is on the price list; no quote needed' });
      if (t.quoteState === QuoteState.ACCEPTED)
        problems.push({ field: 'id', message: 'the quote was already accepted' });
      if (!Number.isInteger(input.priceFen) || input.priceFen < 0)
        problems.push({ field: 'input.priceFen', message: 'a non-negative integer of fen' });
      if (!input.name.trim()) problems.push({ field: 'input.name', message: 'required' });
      const code = (input.code ?? 'QUOTE').trim().toUpperCase();
      if (!/^[A-Z0-9_-]{1,40}$/.test(code))
        problems.push({ field: 'input.code', message: 'A–Z, 0–9, _ or -' });
      if (problems.length) throw validationFailed('cannot quote', problems);
      t.quote = {
        code,
        name: input.name.trim(),
        priceFen: input.priceFen,
        feasible: input.feasible ?? true,
        quotedAt: now.toISOString(),
      };
      t.quoteState = QuoteState.PENDING;
      t.firstResponseAt ??= now;
      await this.addEvent(em, t, 'QUOTED', principal, now, `${t.quote.name}: ${input.priceFen} fen`);
      await this.reach(em, t, MET_BY.QUOTED, now);
    });
  }

  /** The customer accepts the quoted price; only then may work start (R-TKT-3), on the usual clock. */
  async acceptQuote(principal: Principal, id: string): Promise<Ticket> {
    return this.change(principal, id, async (em, t, now, tz) => {
      this.assertOpen(t);
      if (t.quoteState !== QuoteState.PENDING || !t.quote?.feasible)
        throw validationFailed('no feasible quote awaits acceptance', [
          { field: 'id', message: `quote is ${t.quoteState}` },
        ]);
      t.quoteState = QuoteState.ACCEPTED;
      await this.addEvent(em, t, 'QUOTE_ACCEPTED', principal, now);
      const p = await loadSlaPolicy(em, t.propertyId, dateIn(now, tz));
      await this.addDeadlines(em, t, [
        onSiteDueAt(t.priority ?? RepairPriority.NORMAL, now, t.appointmentAt, p, tz),
      ]);
    });
  }

  /** R-TKT-4: on site the technician confirms or corrects the item. */
  async correctItem(principal: Principal, id: string, priceItemCode: string, note?: string): Promise<Ticket> {
    return this.change(principal, id, async (em, t, now) => {
      this.assertOpen(t);
      if (t.kind !== TicketKind.REPAIR)
        throw validationFailed('not a repair', [{ field: 'id', message: 'only repair orders have items' }]);
      const code = priceItemCode.trim().toUpperCase();
      const items = await PriceService.current(em, t.propertyId, now);
      if (!items.some((i) => i.code === code))
        throw validationFailed('unknown price item', [
          { field: 'priceItemCode', message: `"${code}" is not on the price list` },
        ]);
      const before = t.priceItemCode ?? 'unlisted';
      t.priceItemCode = code;
      await this.addEvent(
        em,
        t,
        'ITEM_CORRECTED',
        principal,
        now,
        `${before} → ${code}${note ? `: ${note}` : ''}`,
      );
    });
  }

  async checkMaterial(
    principal: Principal,
    id: string,
    result: MaterialCheck,
    note?: string,
  ): Promise<Ticket> {
    return this.change(principal, id, async (em, t, now) => {
      this.assertOpen(t);
      t.materialCheck = result;
      await this.addEvent(em, t, 'MATERIAL_CHECKED', principal, now, `${result}${note ? `: ${note}` : ''}`);
    });
  }

  /** R-TKT-4: the customer refuses; closed with the reason and the required signatures. */
  async refuse(principal: Principal, id: string, input: RefuseTicketInput): Promise<Ticket> {
    return this.change(principal, id, async (em, t, now, tz) => {
      this.assertOpen(t);
      const needed = Number(
        await policyValue(em, 'tickets.refusalSignatures', t.propertyId, dateIn(now, tz)),
      );
      const signatures = input.signatures.map((s) => s.trim()).filter(Boolean);
      const problems: Problem[] = [];
      if (t.kind !== TicketKind.REPAIR)
        problems.push({ field: 'id', message: 'only repair orders are refused' });
      if (!input.reason.trim()) problems.push({ field: 'input.reason', message: 'required' });
      if (new Set(signatures).size < needed)
        problems.push({ field: 'input.signatures', message: `${needed} different signatures needed` });
      if (problems.length) throw validationFailed('cannot refuse', problems);
      t.status = TicketStatus.REFUSED;
      t.refusalReason = input.reason.trim();
      t.refusalSignatures = signatures;
      t.closedAt = now;
      await this.addEvent(em, t, 'REFUSED', principal, now, t.refusalReason);
      await this.cancelOpen(em, t, now);
      await this.publishClosed(em, t);
      await VisitService.taskOnClose(em, t, now);
    });
  }

  async complete(principal: Principal, id: string, input: CompleteTicketInput): Promise<Ticket> {
    return this.change(principal, id, async (em, t, now) => {
      this.assertOpen(t);
      this.assertQuoteAccepted(t);
      const problems: Problem[] = [];
      if (t.kind === TicketKind.REPAIR && t.status !== TicketStatus.ON_SITE)
        problems.push({ field: 'id', message: 'the technician has not arrived (arriveTicket first)' });
      if (t.kind === TicketKind.REPAIR && !input.customerSigned)
        problems.push({
          field: 'input.customerSigned',
          message: 'the customer tests the work and signs (R-TKT-5)',
        });
      const items = [
        ...(await PriceService.current(em, t.propertyId, now)).map((i) => ({
          code: i.code,
          name: i.name,
          priceFen: i.priceFen,
        })),
        ...(t.quote && t.quoteState === QuoteState.ACCEPTED ? [t.quote] : []),
      ];
      const priced = priceCharges(input.charges, items);
      problems.push(...priced.problems);
      if (problems.length) throw validationFailed('cannot complete', problems);
      t.status = TicketStatus.COMPLETED;
      t.charges = priced.lines;
      t.chargesFen = priced.totalFen;
      t.customerSigned = input.customerSigned;
      t.completedAt = now;
      t.closedAt = now;
      t.firstResponseAt ??= now;
      await this.addEvent(em, t, 'COMPLETED', principal, now, input.note);
      await this.reach(em, t, MET_BY.COMPLETED, now);
      await this.cancelOpen(em, t, now);
      if (t.kind === TicketKind.REPAIR)
        await publishInTx(em, Events.ticketCompleted, {
          ticketId: t.id,
          propertyId: t.propertyId,
          unitId: t.unitId,
          customerId: t.customerId,
          charges: priced.lines,
          totalFen: priced.totalFen,
          completedAt: now.toISOString(),
        });
      await this.publishClosed(em, t);
      await VisitService.taskOnClose(em, t, now);
    });
  }

  /** Complaints about one problem filed with several departments become one record (R-TKT-8). */
  async merge(principal: Principal, targetId: string, sourceIds: string[]): Promise<Ticket> {
    return this.change(principal, targetId, async (em, target, now) => {
      this.assertOpen(target);
      const ids = [...new Set(sourceIds)].filter((s) => s !== target.id);
      const sources = ids.length && ids.every(isUuid) ? await em.find(Ticket, { id: { $in: ids } }) : [];
      const problems: Problem[] = [];
      if (!ids.length) problems.push({ field: 'sourceIds', message: 'name at least one other ticket' });
      if (sources.length !== ids.length) problems.push({ field: 'sourceIds', message: 'unknown ticket' });
      for (const s of sources) {
        if (s.propertyId !== target.propertyId)
          problems.push({ field: 'sourceIds', message: `${s.id} is of another property` });
        if (CLOSED_STATUSES.includes(s.status))
          problems.push({ field: 'sourceIds', message: `${s.id} is closed` });
      }
      if (problems.length) throw validationFailed('cannot merge', problems);
      for (const s of sources) {
        s.status = TicketStatus.MERGED;
        s.mergedIntoId = target.id;
        s.closedAt = now;
        await this.addEvent(em, s, 'MERGED', principal, now, `into ${target.id}`);
        await this.cancelOpen(em, s, now);
        await this.addEvent(em, target, 'MERGED_IN', principal, now, s.id);
      }
    });
  }

  /** A visit raised the issue again (R-VIS-4). */
  static async reopen(
    em: EntityManager,
    t: Ticket,
    ctx: TenantContext,
    now: Date,
    note: string,
  ): Promise<void> {
    t.status = TicketStatus.OPEN;
    t.closedAt = undefined;
    t.completedAt = undefined;
    em.create(TicketEvent, {
      ticketId: t.id,
      action: 'REOPENED',
      status: t.status,
      actorKind: ctx.actor.kind,
      actorId: ctx.actor.id,
      at: now,
      note,
      createdAt: now,
    });
    await em.flush();
  }

  private assertOpen(t: Ticket): void {
    if (CLOSED_STATUSES.includes(t.status))
      throw validationFailed('ticket is closed', [{ field: 'id', message: `ticket is ${t.status}` }]);
  }

  private assertQuoteAccepted(t: Ticket): void {
    if (
      t.kind === TicketKind.REPAIR &&
      !t.publicArea &&
      !t.priceItemCode &&
      t.quoteState !== QuoteState.ACCEPTED
    )
      throw validationFailed('work starts only after the customer accepts the quote (R-TKT-3)', [
        { field: 'id', message: `quote is ${t.quoteState}` },
      ]);
  }

  private async change(
    principal: Principal,
    id: string,
    fn: (em: EntityManager, t: Ticket, now: Date, tz: string) => Promise<void>,
  ): Promise<Ticket> {
    return this.db.tx(async (em) => {
      const t = await this.loadVisible(em, id);
      if (!t) throw notFound('ticket');
      await fn(em, t, this.clock.now(), await zoneOf(em, t.propertyId));
      await em.flush();
      return t;
    }, principal);
  }

  /** Another tenant's or another site's ticket is not found (tenant and site filters). */
  private loadVisible(em: EntityManager, id: string): Promise<Ticket | null> {
    return isUuid(id) ? em.findOne(Ticket, { id }) : Promise.resolve(null);
  }

  private async addEvent(
    em: EntityManager,
    t: Ticket,
    action: string,
    ctx: TenantContext,
    at: Date,
    note?: string,
  ) {
    em.create(TicketEvent, {
      ticketId: t.id,
      action,
      status: t.status,
      actorKind: ctx.actor.kind,
      actorId: ctx.actor.id,
      at,
      note,
      createdAt: at,
    });
    await em.flush();
  }

  private async addDeadlines(em: EntityManager, t: Ticket, specs: DeadlineSpec[]): Promise<void> {
    for (const s of specs)
      em.create(SlaDeadline, {
        ticketId: t.id,
        propertyId: t.propertyId,
        kind: s.kind,
        rule: s.rule,
        dueAt: s.dueAt,
        createdAt: t.createdAt,
      });
    await em.flush();
  }

  /** Open deadlines of these kinds are reached now: met on time, breached (the timer publishes) if late. */
  private async reach(em: EntityManager, t: Ticket, kinds: string[], at: Date): Promise<void> {
    const open = await em.find(SlaDeadline, { ticketId: t.id, kind: { $in: kinds }, metAt: null });
    for (const d of open) {
      d.metAt = at;
      if (d.state === SlaState.OPEN) d.state = stateWhenReached(d.dueAt, at) as SlaState;
    }
    await em.flush();
  }

  /** Deadlines not yet due when a ticket closes can no longer be met; past-due ones stay for the timer. */
  private async cancelOpen(em: EntityManager, t: Ticket, now: Date): Promise<void> {
    const open = await em.find(SlaDeadline, { ticketId: t.id, state: SlaState.OPEN, dueAt: { $gt: now } });
    for (const d of open) d.state = SlaState.CANCELLED;
    await em.flush();
  }

  private async publishClosed(em: EntityManager, t: Ticket): Promise<void> {
    await publishInTx(em, Events.ticketClosed, {
      ticketId: t.id,
      propertyId: t.propertyId,
      kind: t.kind,
      customerId: t.customerId,
      closedAt: (t.closedAt ?? t.createdAt).toISOString(),
    });
  }

  // ---------- reads ----------

  async get(principal: Principal, id: string): Promise<Ticket | null> {
    return this.db.tx((em) => this.loadVisible(em, id), principal);
  }

  static byIds(em: EntityManager, ids: readonly string[]): Promise<Ticket[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? em.find(Ticket, { id: { $in: valid } }) : Promise.resolve([]);
  }

  async list(
    principal: Principal,
    filter: TicketFilter = {},
    page: PageArgs,
  ): Promise<ConnectionShape<Ticket>> {
    const { limit, afterId } = decodePage(page);
    if (filter.propertyId) assertPropertyVisible(principal, filter.propertyId);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...p: unknown[]) => {
      where.push(sql);
      params.push(...p);
    };
    for (const [k, v] of [
      ['propertyId', filter.propertyId],
      ['assigneeId', filter.assigneeId],
      ['customerId', filter.customerId],
    ] as const)
      if (v !== undefined && v !== null) {
        if (!isUuid(v)) return toConnection([], limit, 0);
        add(`t.${k.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())} = ?`, v);
      }
    if (principal.propertyScope !== 'ALL') {
      if (!principal.propertyScope.length) return toConnection([], limit, 0);
      add(
        `t.property_id in (${principal.propertyScope.map(() => '?').join(',')})`,
        ...principal.propertyScope,
      );
    }
    if (filter.kind) add('t.kind = ?', filter.kind);
    if (filter.status) add('t.status = ?', filter.status);
    if (filter.from) add('t.created_at >= ?', filter.from);
    if (filter.to) add('t.created_at < ?', filter.to);
    if (filter.overdue !== undefined && filter.overdue !== null)
      add(
        `${filter.overdue ? '' : 'not '}exists (select 1 from sla_deadlines d where d.ticket_id = t.id
           and (d.state = 'BREACHED' or (d.state = 'OPEN' and d.due_at < ?)))`,
        this.clock.now(),
      );
    const w = where.length ? `where ${where.join(' and ')}` : '';
    return this.db.tx(async (em) => {
      const total = Number((await em.execute(`select count(*)::int as n from tickets t ${w}`, params))[0].n);
      const pageWhere = afterId ? `${w ? `${w} and` : 'where'} t.id > ?` : w;
      const rows: { id: string }[] = await em.execute(
        `select t.id from tickets t ${pageWhere} order by t.id limit ?`,
        [...params, ...(afterId ? [afterId] : []), limit + 1],
      );
      const found = rows.length
        ? await em.find(Ticket, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { id: 'asc' } })
        : [];
      return toConnection(found, limit, total);
    }, principal);
  }

  static timelines(em: EntityManager, ids: readonly string[]) {
    return em.find(TicketEvent, { ticketId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
  }

  static deadlines(em: EntityManager, ids: readonly string[]) {
    return em.find(SlaDeadline, { ticketId: { $in: [...ids] } }, { orderBy: { dueAt: 'asc', id: 'asc' } });
  }
}
