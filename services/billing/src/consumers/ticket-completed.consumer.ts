import { RequiredEntityData } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { TenantOwned, stampTenant } from '@pm/db';
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
  /**
   * One read of the tickets already charged, one insert of the rest (not through the unit of
   * work: at a thousand events a second its change sets cost more than the statements).
   */
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
    const rows: RequiredEntityData<RepairCharge>[] = [];
    for (const { payload } of events) {
      if (!(payload.totalFen > 0) || charged.has(payload.ticketId)) continue;
      charged.add(payload.ticketId);
      const row = chargeOf(payload);
      stampTenant(row as Partial<TenantOwned>);
      rows.push(row);
    }
    if (rows.length) await em.insertMany(RepairCharge, rows);
  },
};

function createCharge(em: EntityManager, p: TicketCompleted): void {
  em.create(RepairCharge, chargeOf(p));
}

function chargeOf(p: TicketCompleted): RequiredEntityData<RepairCharge> {
  return {
    ticketId: p.ticketId,
    propertyId: p.propertyId,
    unitId: p.unitId ?? null,
    customerId: p.customerId ?? null,
    amountFen: p.totalFen,
    charges: p.charges ?? [],
    completedAt: new Date(p.completedAt),
  };
}
