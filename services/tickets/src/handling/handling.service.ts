import { Events, isUuid } from '@pm/contracts';
import { Principal } from '@pm/auth';
import { publishInTx } from '@pm/events';
import { validationFailed } from '@pm/graphql';
import { dateIn } from '@pm/time';
import { PriceService } from '../price/price.service';
import { StaffProjection } from '../projection/projection.entities';
import { assertQuoteAccepted } from '../repair/repair.rules';
import { addDeadlines, cancelOpen, reach } from '../sla/sla.deadlines';
import { MET_BY, helpAnswerDueAt, loadSlaPolicy } from '../sla/sla.rules';
import { TicketChanges, addEvent, publishClosed, publishEscalated } from '../ticket/ticket.changes';
import { Ticket } from '../ticket/ticket.entity';
import { QuoteState, TicketKind, TicketStatus } from '../ticket/ticket.enums';
import { assertOpen, priceCharges } from '../ticket/ticket.rules';
import { VisitService } from '../visit/visit.service';
import { CompleteTicketInput } from './handling.inputs';
import { completionProblems } from './handling.rules';

/**
 * Handling any ticket from intake to completion: dispatch, first response, escalation, arrival on
 * site and completion with its charges (repairs) — each meets the SLA deadlines it closes.
 */
export class HandlingService {
  constructor(private changes: TicketChanges) {}

  async dispatch(principal: Principal, id: string, assigneeId: string): Promise<Ticket> {
    return this.changes.change(principal, id, async (em, t, now) => {
      assertOpen(t);
      const staff = isUuid(assigneeId) ? await em.findOne(StaffProjection, { id: assigneeId }) : null;
      // Someone who left (staff.left) is no one to dispatch to.
      if (!staff || staff.leftAt)
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
      await addEvent(em, t, 'DISPATCHED', principal, now, `assignee ${staff.id}`);
      await reach(em, t, MET_BY.DISPATCHED, now);
    });
  }

  async respond(principal: Principal, id: string, note?: string): Promise<Ticket> {
    return this.changes.change(principal, id, async (em, t, now) => {
      assertOpen(t);
      t.firstResponseAt ??= now;
      await addEvent(em, t, 'RESPONDED', principal, now, note);
      await reach(em, t, MET_BY.RESPONDED, now);
    });
  }

  /** Escalation to leadership (R-TKT-8 serious complaints, R-TKT-9 help staff cannot answer). */
  async escalate(principal: Principal, id: string, note?: string): Promise<Ticket> {
    return this.changes.change(principal, id, async (em, t, now, tz) => {
      assertOpen(t);
      if (t.escalated) return;
      t.escalated = true;
      await addEvent(em, t, 'ESCALATED', principal, now, note);
      if (t.kind === TicketKind.HELP) {
        const p = await loadSlaPolicy(em, t.propertyId, dateIn(now, tz));
        await addDeadlines(em, t, [helpAnswerDueAt(now, p)]);
      }
      await publishEscalated(em, t);
    });
  }

  async arrive(principal: Principal, id: string): Promise<Ticket> {
    return this.changes.change(principal, id, async (em, t, now) => {
      assertOpen(t);
      assertQuoteAccepted(t);
      if (t.status === TicketStatus.ON_SITE) return;
      t.status = TicketStatus.ON_SITE;
      t.arrivedAt = now;
      t.firstResponseAt ??= now;
      await addEvent(em, t, 'ARRIVED', principal, now);
      await reach(em, t, MET_BY.ARRIVED, now);
    });
  }

  async complete(principal: Principal, id: string, input: CompleteTicketInput): Promise<Ticket> {
    return this.changes.change(principal, id, async (em, t, now) => {
      assertOpen(t);
      assertQuoteAccepted(t);
      const problems = completionProblems(t, input.customerSigned);
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
      await addEvent(em, t, 'COMPLETED', principal, now, input.note);
      await reach(em, t, MET_BY.COMPLETED, now);
      await cancelOpen(em, t, now);
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
      await publishClosed(em, t);
      await VisitService.taskOnClose(em, t, now);
    });
  }
}
