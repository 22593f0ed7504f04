import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { q } from '@pm/db';

/**
 * R-TKT-5: charges of a completed repair are collected with the next management-fee bill.
 * Keyed by ticket id, so the same completion delivered twice (even under two message ids)
 * is one charge.
 */
export const ticketCompletedHandler: EventHandler<(typeof Events.ticketCompleted)['shape']> = {
  name: 'billing.repair-charges',
  contract: Events.ticketCompleted,
  async handle(em, p, env) {
    if (!(p.totalFen > 0)) return;
    await q(
      em,
      `insert into repair_charges (ticket_id, tenant_id, property_id, unit_id, customer_id, amount_fen, charges, completed_at)
       values (?, ?, ?, ?, ?, ?, ?, ?::timestamptz) on conflict (ticket_id) do nothing`,
      [
        p.ticketId,
        env.tenantId,
        p.propertyId,
        p.unitId ?? null,
        p.customerId ?? null,
        p.totalFen,
        JSON.stringify(p.charges ?? []),
        p.completedAt,
      ],
    );
  },
};
