import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn } from '@pm/time';
import { PriceService } from '../price/price.service';
import { addDeadlines, cancelOpen, reach } from '../sla/sla.deadlines';
import { MET_BY, loadSlaPolicy, onSiteDueAt } from '../sla/sla.rules';
import { NewTicket, TicketChanges, addEvent, checkUnit, publishClosed } from '../ticket/ticket.changes';
import { Ticket } from '../ticket/ticket.entity';
import { MaterialCheck, QuoteState, RepairPriority, TicketKind, TicketStatus } from '../ticket/ticket.enums';
import { assertOpen } from '../ticket/ticket.rules';
import { VisitService } from '../visit/visit.service';
import { QuoteInput, RefuseTicketInput, ReportRepairInput } from './repair.inputs';
import { itemCode, quoteProblems, refusalProblems, repairReportProblems } from './repair.rules';

/** Repair orders (R-TKT-1..7): the report, the quote of an unlisted item, on-site corrections, refusal. */
export class RepairService {
  constructor(
    private clock: Clock,
    private changes: TicketChanges,
  ) {}

  async reportRepair(principal: Principal, input: ReportRepairInput): Promise<Ticket> {
    const description = input.description.trim();
    const now = this.clock.now();
    const problems = repairReportProblems({ ...input, description }, now);
    const calledAt = input.calledAt ?? now;
    return this.changes.create(principal, input.propertyId, problems, (em) =>
      newRepair(em, principal, { ...input, description, calledAt }, now),
    );
  }

  async quote(principal: Principal, id: string, input: QuoteInput): Promise<Ticket> {
    return this.changes.change(principal, id, async (em, t, now) => {
      assertOpen(t);
      const { code, problems } = quoteProblems(t, input);
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
      await addEvent(em, t, 'QUOTED', principal, now, `${t.quote.name}: ${input.priceFen} fen`);
      await reach(em, t, MET_BY.QUOTED, now);
    });
  }

  /** The customer accepts the quoted price; only then may work start (R-TKT-3), on the usual clock. */
  async acceptQuote(principal: Principal, id: string): Promise<Ticket> {
    return this.changes.change(principal, id, async (em, t, now, tz) => {
      assertOpen(t);
      if (t.quoteState !== QuoteState.PENDING || !t.quote?.feasible)
        throw validationFailed('no feasible quote awaits acceptance', [
          { field: 'id', message: `quote is ${t.quoteState}` },
        ]);
      t.quoteState = QuoteState.ACCEPTED;
      await addEvent(em, t, 'QUOTE_ACCEPTED', principal, now);
      const p = await loadSlaPolicy(em, t.propertyId, dateIn(now, tz));
      await addDeadlines(em, t, [
        onSiteDueAt(t.priority ?? RepairPriority.NORMAL, now, t.appointmentAt, p, tz),
      ]);
    });
  }

  /** R-TKT-4: on site the technician confirms or corrects the item. */
  async correctItem(principal: Principal, id: string, priceItemCode: string, note?: string): Promise<Ticket> {
    return this.changes.change(principal, id, async (em, t, now) => {
      assertOpen(t);
      if (t.kind !== TicketKind.REPAIR)
        throw validationFailed('not a repair', [{ field: 'id', message: 'only repair orders have items' }]);
      const code = itemCode(priceItemCode);
      await assertListed(em, t.propertyId, now, code, 'the price list');
      const before = t.priceItemCode ?? 'unlisted';
      t.priceItemCode = code;
      await addEvent(
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
    return this.changes.change(principal, id, async (em, t, now) => {
      assertOpen(t);
      t.materialCheck = result;
      await addEvent(em, t, 'MATERIAL_CHECKED', principal, now, `${result}${note ? `: ${note}` : ''}`);
    });
  }

  /** R-TKT-4: the customer refuses; closed with the reason and the required signatures. */
  async refuse(principal: Principal, id: string, input: RefuseTicketInput): Promise<Ticket> {
    return this.changes.change(principal, id, async (em, t, now, tz) => {
      assertOpen(t);
      const needed = Number(
        await policyValue(em, 'tickets.refusalSignatures', t.propertyId, dateIn(now, tz)),
      );
      const signatures = input.signatures.map((s) => s.trim()).filter(Boolean);
      const problems = refusalProblems(t.kind, input.reason, signatures, needed);
      if (problems.length) throw validationFailed('cannot refuse', problems);
      t.status = TicketStatus.REFUSED;
      t.refusalReason = input.reason.trim();
      t.refusalSignatures = signatures;
      t.closedAt = now;
      await addEvent(em, t, 'REFUSED', principal, now, t.refusalReason);
      await cancelOpen(em, t, now);
      await publishClosed(em, t);
      await VisitService.taskOnClose(em, t, now);
    });
  }
}

/**
 * The repair order of a validated report, with its unit and price-list item checked: also how
 * a damage found cleaning a vacant unit reaches engineering (R-TKT-16).
 */
export async function newRepair(
  em: EntityManager,
  principal: Principal,
  input: Omit<ReportRepairInput, 'calledAt'> & { calledAt: Date },
  now: Date,
): Promise<NewTicket> {
  await checkUnit(em, input.propertyId, input.unitId);
  let code: string | undefined;
  if (input.priceItemCode) {
    code = itemCode(input.priceItemCode);
    await assertListed(em, input.propertyId, now, code, "this property's price list");
  }
  const t = em.create(Ticket, {
    kind: TicketKind.REPAIR,
    status: TicketStatus.OPEN,
    propertyId: input.propertyId,
    unitId: input.unitId,
    customerId: input.customerId,
    description: input.description,
    priority: input.priority,
    publicArea: !!input.publicArea,
    appointmentAt: input.appointmentAt,
    priceItemCode: code,
    calledAt: input.calledAt,
    createdAt: now,
    reporterId: principal.actor.id,
  });
  await em.flush();
  return { t, facts: { listed: !!code || !!input.publicArea }, action: 'REPORTED' };
}

/** The code must be on the property's price list in force at `now`. */
async function assertListed(
  em: EntityManager,
  propertyId: string,
  now: Date,
  code: string,
  list: string,
): Promise<void> {
  const items = await PriceService.current(em, propertyId, now);
  if (!items.some((i) => i.code === code))
    throw validationFailed('unknown price item', [
      { field: 'priceItemCode', message: `"${code}" is not on ${list}` },
    ]);
}
