import { EntityManager } from '@mikro-orm/postgresql';
import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { policyValue } from '@pm/policy';
import { Clock, dateIn, monthsBetween } from '@pm/time';
import { one, q } from '@pm/db';
import { segmentFor } from './grading.rules';

/** Recomputes a customer's segment from its occupancies and payment history (R-CUS-2). */
export async function recomputeSegment(em: EntityManager, customerId: string, now: Date): Promise<void> {
  const c = await one(
    em,
    `select c.paid_bills, c.paid_on_time, (select min(start_date)::text from occupancies o where o.customer_id = c.id) as first_start
       from customers c where c.id = ?`,
    [customerId],
  );
  if (!c) return;
  const today = dateIn(now, 'Asia/Shanghai');
  const p = async (k: string) => policyValue<number>(em, k, null, today);
  const segment = segmentFor(
    {
      tenureMonths: c.first_start ? Math.max(0, monthsBetween(c.first_start, today)) : null,
      paidBills: c.paid_bills,
      paidOnTime: c.paid_on_time,
    },
    {
      newMaxTenureMonths: await p('customers.gradeNewMaxTenureMonths'),
      regularMinPaidBills: await p('customers.gradeRegularMinPaidBills'),
      loyalMinTenureMonths: await p('customers.gradeLoyalMinTenureMonths'),
      loyalMinOnTimeRate: await p('customers.gradeLoyalMinOnTimePaymentRate'),
    },
  );
  await q(em, 'update customers set segment = ?, updated_at = ? where id = ?', [segment, now, customerId]);
}

/** Consumers that feed grading and the visit KPI; unknown customers (other services' test data) are ignored. */
export function gradingHandlers(clock: Clock): EventHandler<any>[] {
  const billIssued: EventHandler<(typeof Events.billIssued)['shape']> = {
    name: 'customers.grading-bill-issued',
    contract: Events.billIssued,
    async handle(em, p, env) {
      if (!p.customerId) return;
      await q(
        em,
        'insert into bill_dues (bill_id, tenant_id, customer_id, due_date) values (?, ?, ?, ?) on conflict do nothing',
        [p.billId, env.tenantId, p.customerId, p.dueDate],
      );
    },
  };
  const billPaid: EventHandler<(typeof Events.billPaid)['shape']> = {
    name: 'customers.grading-bill-paid',
    contract: Events.billPaid,
    async handle(em, p) {
      if (!p.customerId) return;
      const due = await one(em, 'select due_date::text as due_date from bill_dues where bill_id = ?', [
        p.billId,
      ]);
      const onTime = due ? p.paidAt.slice(0, 10) <= due.due_date : false;
      const r = await q(
        em,
        `update customers set paid_bills = paid_bills + 1, paid_on_time = paid_on_time + ?, paid_fen = paid_fen + ? where id = ? returning id`,
        [onTime ? 1 : 0, p.amountFen, p.customerId],
      );
      if (r.length) await recomputeSegment(em, p.customerId, clock.now());
    },
  };
  const ticketClosed: EventHandler<(typeof Events.ticketClosed)['shape']> = {
    name: 'customers.grading-ticket-closed',
    contract: Events.ticketClosed,
    async handle(em, p) {
      if (!p.customerId) return;
      const r = await q(
        em,
        'update customers set tickets_closed = tickets_closed + 1 where id = ? returning id',
        [p.customerId],
      );
      if (r.length) await recomputeSegment(em, p.customerId, clock.now());
    },
  };
  const visitRecorded: EventHandler<(typeof Events.visitRecorded)['shape']> = {
    name: 'customers.kpi-visit-recorded',
    contract: Events.visitRecorded,
    async handle(em, p, env) {
      if (!p.customerId) return;
      await q(
        em,
        'insert into customer_visits (visit_id, tenant_id, property_id, customer_id, at) values (?, ?, ?, ?, ?) on conflict do nothing',
        [p.visitId, env.tenantId, p.propertyId, p.customerId, env.occurredAt],
      );
    },
  };
  return [billIssued, billPaid, ticketClosed, visitRecorded];
}
