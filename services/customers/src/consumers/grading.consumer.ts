import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { Customer } from '../customer/customer.entity';
import { BillDue, CustomerVisit } from '../grading/grading.entity';
import { recomputeSegment } from '../grading/grading.service';
import { Clock } from '@pm/time';

/**
 * Consumers that feed grading (R-CUS-2) and the visit KPI (R-KPI-9); unknown customers are ignored.
 * `any`: handlers of four different events in one list, the runtime's `consumers` type.
 */
export function gradingHandlers(clock: Clock): EventHandler<any>[] {
  /** The customer locked for its counters, or null when this service does not know it. */
  const counted = (em: EntityManager, id: string) =>
    em.findOne(Customer, id, { lockMode: LockMode.PESSIMISTIC_WRITE });

  const billIssued: EventHandler<(typeof Events.billIssued)['shape']> = {
    name: 'customers.grading-bill-issued',
    contract: Events.billIssued,
    async handle(em, p) {
      if (!p.customerId) return;
      await em.upsert(
        BillDue,
        { billId: p.billId, customerId: p.customerId, dueDate: p.dueDate },
        { onConflictAction: 'ignore' },
      );
    },
  };
  const billPaid: EventHandler<(typeof Events.billPaid)['shape']> = {
    name: 'customers.grading-bill-paid',
    contract: Events.billPaid,
    async handle(em, p) {
      if (!p.customerId) return;
      const c = await counted(em, p.customerId);
      if (!c) return;
      const due = await em.findOne(BillDue, p.billId);
      c.paidBills++;
      if (due && p.paidAt.slice(0, 10) <= due.dueDate) c.paidOnTime++;
      c.paidFen += p.amountFen;
      await recomputeSegment(em, c, clock.now());
    },
  };
  const ticketClosed: EventHandler<(typeof Events.ticketClosed)['shape']> = {
    name: 'customers.grading-ticket-closed',
    contract: Events.ticketClosed,
    async handle(em, p) {
      if (!p.customerId) return;
      const c = await counted(em, p.customerId);
      if (!c) return;
      c.ticketsClosed++;
      await recomputeSegment(em, c, clock.now());
    },
  };
  const visitRecorded: EventHandler<(typeof Events.visitRecorded)['shape']> = {
    name: 'customers.kpi-visit-recorded',
    contract: Events.visitRecorded,
    async handle(em, p, env) {
      if (!p.customerId) return;
      await em.upsert(
        CustomerVisit,
        {
          visitId: p.visitId,
          propertyId: p.propertyId,
          customerId: p.customerId,
          at: new Date(env.occurredAt),
        },
        { onConflictAction: 'ignore' },
      );
    },
  };
  return [billIssued, billPaid, ticketClosed, visitRecorded];
}
