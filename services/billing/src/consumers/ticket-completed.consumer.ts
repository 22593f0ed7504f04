import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { RepairCharge } from '../repair/repair-charge.entity';

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
    em.create(RepairCharge, {
      ticketId: p.ticketId,
      propertyId: p.propertyId,
      unitId: p.unitId ?? null,
      customerId: p.customerId ?? null,
      amountFen: p.totalFen,
      charges: p.charges ?? [],
      completedAt: new Date(p.completedAt),
    });
  },
};
