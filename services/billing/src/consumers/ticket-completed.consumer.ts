import { EntityManager } from '@mikro-orm/postgresql';
import { Events, Infer } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { RepairCharge } from '../repair/repair-charge.entity';

type TicketCompleted = Infer<(typeof Events.ticketCompleted)['shape']>;

/**
 * R-TKT-5: charges of a completed repair are collected with the next management-fee bill.
 * Keyed by ticket id, so the same completion delivered twice (even under two message ids)
 * is one charge.
 */
export const ticketCompletedHandler: EventHandler<(typeof Events.ticketCompleted)['shape']> = {
  name: 'billing.repair-charges',
  contract: Events.ticketCompleted,
  async handle(em, p) {
    if (!(p.totalFen > 0) || (await em.findOne(RepairCharge, p.ticketId))) return;
    createCharge(em, p);
  },
  /** One read of the tickets already charged, one insert of the rest. */
  async handleMany(em, events) {
    const charged = new Set(
      (
        await em.find(
          RepairCharge,
          { ticketId: { $in: events.map((e) => e.payload.ticketId) } },
          { fields: ['ticketId'] },
        )
      ).map((c) => c.ticketId),
    );
    for (const { payload } of events) {
      if (!(payload.totalFen > 0) || charged.has(payload.ticketId)) continue;
      charged.add(payload.ticketId);
      createCharge(em, payload);
    }
  },
};

function createCharge(em: EntityManager, p: TicketCompleted): void {
  em.create(RepairCharge, {
    ticketId: p.ticketId,
    propertyId: p.propertyId,
    unitId: p.unitId ?? null,
    customerId: p.customerId ?? null,
    amountFen: p.totalFen,
    charges: p.charges ?? [],
    completedAt: new Date(p.completedAt),
  });
}
