import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events } from '@pm/contracts';
import { Database, uuidv7 } from '@pm/db';
import { publishInTx } from '@pm/events';
import { conflict, notFound, validationFailed } from '@pm/graphql';
import { Clock, dateIn } from '@pm/time';
import { one, pgArray, q } from '@pm/db';
import { allocate } from '../common/money';
import { BillService, audit } from '../bill/bill.service';

export interface RecordPaymentInput {
  billId: string;
  amountFen: number;
  paidAt: Date;
  idempotencyKey: string;
  bankReference?: string | null;
}

export interface PaymentRow {
  id: string;
  billId: string;
  propertyId: string;
  customerId: string | null;
  amountFen: number;
  unallocatedFen: number;
  paidAt: Date;
  idempotencyKey: string;
  bankReference: string | null;
  receiptNumber: string;
  status: 'POSTED' | 'REVERSED';
  reversedAt: Date | null;
  reversalReason: string | null;
}

const paymentRow = (r: any): PaymentRow => ({
  id: r.id,
  billId: r.bill_id,
  propertyId: r.property_id,
  customerId: r.customer_id,
  amountFen: Number(r.amount_fen),
  unallocatedFen: Number(r.unallocated_fen),
  paidAt: new Date(r.paid_at),
  idempotencyKey: r.idempotency_key,
  bankReference: r.bank_reference,
  receiptNumber: r.receipt_number,
  status: r.status,
  reversedAt: r.reversed_at ? new Date(r.reversed_at) : null,
  reversalReason: r.reversal_reason,
});

const statusSql = `case when paid_fen >= total_fen then 'PAID' when paid_fen > 0 then 'PARTIALLY_PAID' else 'ISSUED' end`;

/**
 * R-BIL-8: a payment counts when the bank receipt arrives; recording is idempotent per key —
 * the unique (tenant, idempotency_key) row is claimed with `on conflict do nothing`, so two
 * concurrent requests with one key yield one payment (the second waits, then reads the first).
 */
export class PaymentService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async record(p: Principal, input: RecordPaymentInput): Promise<PaymentRow> {
    const problems: { field: string; message: string }[] = [];
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0)
      problems.push({ field: 'amountFen', message: 'a positive whole number of fen' });
    if (!(input.paidAt instanceof Date) || Number.isNaN(input.paidAt.getTime()))
      problems.push({ field: 'paidAt', message: 'a date-time' });
    else if (input.paidAt.getTime() > this.clock.now().getTime() + 5 * 60_000)
      problems.push({ field: 'paidAt', message: 'in the future' });
    const key = input.idempotencyKey?.trim() ?? '';
    if (!key || key.length > 200) problems.push({ field: 'idempotencyKey', message: '1..200 characters' });
    if (problems.length) throw validationFailed('invalid payment', problems);

    return this.db.tx(async (em) => {
      const existing = await this.byKey(em, key);
      if (existing) return this.same(em, p, existing, input);
      const bill = (await BillService.byIds(em, p, [input.billId]))[0];
      if (!bill) throw notFound('bill');
      const id = uuidv7();
      const claimed = await q(
        em,
        `insert into payments (id, tenant_id, bill_id, property_id, customer_id, amount_fen, paid_at, idempotency_key,
                               bank_reference, receipt_number, status, recorded_by)
         values (?, app_current_tenant(), ?, ?, ?, ?, ?::timestamptz, ?, ?, '', 'POSTED', ?)
         on conflict (tenant_id, idempotency_key) do nothing returning id`,
        [
          id,
          bill.id,
          bill.propertyId,
          bill.customerId,
          input.amountFen,
          input.paidAt.toISOString(),
          key,
          input.bankReference ?? null,
          p.actor.id ?? null,
        ],
      );
      if (!claimed.length) return this.same(em, p, (await this.byKey(em, key))!, input);

      // Lock the customer's open bills in a fixed order (id) so concurrent payments cannot deadlock.
      const open = await q(
        em,
        `select id, due_date::text as due_date, total_fen - paid_fen as outstanding from bills
         where (id = ? or (customer_id = ? and status <> 'PAID')) order by id for update`,
        [bill.id, bill.customerId ?? '00000000-0000-0000-0000-000000000000'],
      );
      const toBill = (r: any) => ({ id: r.id, dueDate: r.due_date, outstandingFen: Number(r.outstanding) });
      const target = toBill(open.find((r: any) => r.id === bill.id));
      const { allocations, unallocatedFen } = allocate(
        input.amountFen,
        target,
        open.filter((r: any) => r.id !== bill.id).map(toBill),
      );
      const paidOn = dateIn(input.paidAt, bill.timeZone);
      for (const a of allocations) {
        await q(
          em,
          `insert into payment_allocations (tenant_id, payment_id, bill_id, amount_fen, paid_on) values (app_current_tenant(), ?, ?, ?, ?)`,
          [id, a.billId, a.amountFen, paidOn],
        );
        await q(
          em,
          `update bills set paid_fen = paid_fen + ?, status = ${statusSql.replace(/paid_fen/g, `(paid_fen + ${a.amountFen})`)} where id = ?`,
          [a.amountFen, a.billId],
        );
        await publishInTx(em, Events.billPaid, {
          billId: a.billId,
          paymentId: id,
          propertyId: bill.propertyId,
          customerId: bill.customerId ?? undefined,
          amountFen: a.amountFen,
          paidAt: input.paidAt.toISOString(),
        });
      }
      const year = Number(paidOn.slice(0, 4));
      const counter = await one(
        em,
        `insert into receipt_counters (tenant_id, year, last) values (app_current_tenant(), ?, 1)
         on conflict (tenant_id, year) do update set last = receipt_counters.last + 1 returning last`,
        [year],
      );
      const receipt = `RC${year}-${String(counter.last).padStart(7, '0')}`;
      await q(em, `update payments set receipt_number = ?, unallocated_fen = ? where id = ?`, [
        receipt,
        unallocatedFen,
        id,
      ]);
      await audit(em, 'payment', id, 'RECORDED', p, {
        billId: bill.id,
        amountFen: input.amountFen,
        allocations,
        key,
      });
      return (await this.byId(em, id))!;
    }, p);
  }

  /** Reverses a payment (e.g. the bank recalled it): allocations undone, bills reopened, audited. */
  async reverse(p: Principal, id: string, reason: string): Promise<PaymentRow> {
    if (!reason?.trim())
      throw validationFailed('a reason is required', [{ field: 'reason', message: 'required' }]);
    return this.db.tx(async (em) => {
      const pay = await this.byId(em, id);
      if (!pay || !(await BillService.byIds(em, p, [pay.billId])).length) throw notFound('payment');
      if (pay.status === 'REVERSED') return pay;
      const allocs = await q(
        em,
        `select bill_id, amount_fen from payment_allocations where payment_id = ? and not reversed order by bill_id`,
        [id],
      );
      await q(em, `select id from bills where id = any(?::uuid[]) order by id for update`, [
        pgArray(allocs.map((a: any) => a.bill_id)),
      ]);
      for (const a of allocs) {
        const amount = Number(a.amount_fen);
        await q(
          em,
          `update bills set paid_fen = paid_fen - ?, status = ${statusSql.replace(/paid_fen/g, `(paid_fen - ${amount})`)} where id = ?`,
          [amount, a.bill_id],
        );
      }
      await q(em, `update payment_allocations set reversed = true where payment_id = ?`, [id]);
      await q(
        em,
        `update payments set status = 'REVERSED', reversed_at = now(), reversed_by = ?, reversal_reason = ? where id = ?`,
        [p.actor.id ?? null, reason.trim(), id],
      );
      await audit(em, 'payment', id, 'REVERSED', p, { reason: reason.trim() });
      await publishInTx(em, Events.paymentReversed, {
        paymentId: id,
        billId: pay.billId,
        propertyId: pay.propertyId,
        customerId: pay.customerId ?? undefined,
        amountFen: pay.amountFen,
        reason: reason.trim(),
      });
      return (await this.byId(em, id))!;
    }, p);
  }

  async forBills(p: Principal, billIds: readonly string[]) {
    return this.db.tx(async (em) => {
      const rows = await q(em, `select * from payments where bill_id = any(?::uuid[]) order by created_at`, [
        pgArray([...billIds]),
      ]);
      return rows.map(paymentRow);
    }, p);
  }

  async allocations(p: Principal, paymentIds: readonly string[]) {
    return this.db.tx(
      (em) =>
        q(
          em,
          `select payment_id, bill_id, amount_fen, paid_on::text as paid_on, reversed from payment_allocations where payment_id = any(?::uuid[]) order by id`,
          [pgArray([...paymentIds])],
        ),
      p,
    );
  }

  private async same(em: EntityManager, p: Principal, existing: PaymentRow, input: RecordPaymentInput) {
    if (!(await BillService.byIds(em, p, [existing.billId])).length) throw notFound('bill');
    if (existing.billId !== input.billId || existing.amountFen !== input.amountFen)
      throw conflict('this idempotency key was used for a different payment', { paymentId: existing.id });
    return existing;
  }

  private async byKey(em: EntityManager, key: string) {
    const r = await one(em, 'select * from payments where idempotency_key = ?', [key]);
    return r ? paymentRow(r) : null;
  }

  private async byId(em: EntityManager, id: string) {
    const r = await one(em, 'select * from payments where id = ?', [id]);
    return r ? paymentRow(r) : null;
  }
}
