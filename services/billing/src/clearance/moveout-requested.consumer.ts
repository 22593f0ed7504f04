import { Events } from '@pm/contracts';
import { EventHandler, publishInTx } from '@pm/events';
import { Clock, DEFAULT_TIME_ZONE, dateIn } from '@pm/time';
import { one, q } from '@pm/db';
import { monthsOverdue } from '../common/period';
import { overdueByCustomer } from '../arrears/arrears.service';

/**
 * R-BIL-9 / R-CUS-6: goods may leave only when management, water and electricity fees are
 * settled, so any unpaid amount of the customer (due or not) blocks the release pass.
 */
export function moveOutRequestedHandler(
  clock: Clock,
): EventHandler<(typeof Events.moveOutRequested)['shape']> {
  return {
    name: 'billing.clearance',
    contract: Events.moveOutRequested,
    async handle(em, p) {
      const tz =
        (
          await one<{ time_zone: string }>(em, 'select time_zone from property_projection where id = ?', [
            p.propertyId,
          ])
        )?.time_zone ?? DEFAULT_TIME_ZONE;
      const today = dateIn(clock.now(), tz);
      const rows = await overdueByCustomer(em, today, { customerIds: [p.customerId], overdueOnly: false });
      const owed = rows.reduce((s, r) => s + r.outstandingFen, 0);
      const dues = rows
        .map((r) => r.oldestDue)
        .filter((d): d is string => !!d)
        .sort();
      const months = dues.length ? monthsOverdue(dues[0], today) : 0;
      const inserted = await q(
        em,
        `insert into clearance_decisions (request_id, tenant_id, customer_id, unit_id, cleared, amount_owed_fen, months_owed)
         values (?, app_current_tenant(), ?, ?, ?, ?, ?) on conflict (request_id) do nothing returning request_id`,
        [p.requestId, p.customerId, p.unitId, owed <= 0, owed, months],
      );
      if (!inserted.length) return;
      await publishInTx(em, Events.clearanceDecided, {
        requestId: p.requestId,
        customerId: p.customerId,
        cleared: owed <= 0,
        amountOwedFen: Math.max(0, owed),
        monthsOwed: months,
      });
    },
  };
}
