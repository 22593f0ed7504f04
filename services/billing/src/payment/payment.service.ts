import { Clock, dateIn } from '@pm/time';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events } from '@pm/contracts';
import { Database, SITE_FILTER } from '@pm/db';
import { publishInTx } from '@pm/events';
import { conflict, notFound, validationFailed } from '@pm/graphql';
import { audit } from '../audit/audit.service';
import { Bill } from '../bill/bill.entity';
import { BillStatus, billStatusOf } from '../bill/bill.rules';
import { BillService } from '../bill/bill.service';
import { allocate } from '../common/money';
import { Payment, PaymentAllocation, ReceiptCounter } from './payment.entity';
import { PaymentStatus, paymentProblems, receiptNumber, receivedOnProblems } from './payment.rules';

export interface RecordPaymentInput {
  billId: string;
  amountFen: number;
  paidAt: Date;
  /** R-BIL-8: the bank receipt's day (property time); the day of paidAt when omitted. */
  receivedOn?: string | null;
  idempotencyKey: string;
  bankReference?: string | null;
}

const openOf = (b: Bill) => ({ id: b.id, dueDate: b.dueDate, outstandingFen: b.totalFen - b.paidFen });

/**
 * Money follows the customer, not the clerk: a payment's leftover goes to the customer's open
 * bills at any property, and a reversal undoes every allocation, whatever the caller's sites; an
 * idempotency key is one per tenant. So these bill and key look-ups are not site-scoped (the
 * payment's own bill was found through the site filter). A new object per call: MikroORM adds
 * to the options it is given.
 */
const allSites = () => ({ filters: { [SITE_FILTER]: false } });

/**
 * R-BIL-8: a payment counts from the day its bank receipt arrives (`receivedOn`), not the day it
 * is entered; recording is idempotent per key.
 * The payment row is written first: a concurrent request with the same key waits on the
 * unique (tenant, idempotency_key) index, fails, and is answered with the payment that won.
 */
export class PaymentService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async record(p: Principal, input: RecordPaymentInput): Promise<Payment> {
    const problems = paymentProblems(input, this.clock.now());
    if (problems.length) throw validationFailed('invalid payment', problems);
    const key = input.idempotencyKey.trim();
    const post = () => this.db.tx((em) => this.post(em, p, input, key), p);
    try {
      return await post();
    } catch (e) {
      // Lost a race on a unique key (this idempotency key, or the year's first receipt): once more.
      if (e instanceof UniqueConstraintViolationException) return post();
      throw e;
    }
  }

  private async post(em: EntityManager, p: Principal, input: RecordPaymentInput, key: string) {
    const existing = await em.findOne(Payment, { idempotencyKey: key }, allSites());
    if (existing) return this.same(em, p, existing, input);
    const bill = (await BillService.byIds(em, [input.billId]))[0];
    if (!bill) throw notFound('bill');
    const paidOnLocal = dateIn(input.paidAt, bill.timeZone);
    const receivedOn = input.receivedOn ?? paidOnLocal;
    const problems = receivedOnProblems(receivedOn, paidOnLocal, dateIn(this.clock.now(), bill.timeZone));
    if (problems.length) throw validationFailed('invalid payment', problems);
    const payment = em.create(Payment, {
      billId: bill.id,
      propertyId: bill.propertyId,
      customerId: bill.customerId ?? null,
      amountFen: input.amountFen,
      paidAt: input.paidAt,
      receivedOn,
      idempotencyKey: key,
      bankReference: input.bankReference ?? null,
      receiptNumber: '',
      status: PaymentStatus.POSTED,
      recordedBy: p.actor.id ?? null,
    });
    await em.flush();

    // Lock the customer's open bills in a fixed order (id) so concurrent payments cannot deadlock.
    const open = await em.find(
      Bill,
      bill.customerId
        ? { $or: [{ id: bill.id }, { customerId: bill.customerId, status: { $ne: BillStatus.PAID } }] }
        : { id: bill.id },
      { ...allSites(), orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    const { allocations, unallocatedFen } = allocate(
      input.amountFen,
      openOf(bill),
      open.filter((b) => b.id !== bill.id).map(openOf),
    );
    // R-BIL-8: credits count from the bank receipt's day, whenever the payment is entered.
    const paidOn = receivedOn;
    const byId = new Map(open.map((b) => [b.id, b]));
    for (const a of allocations) {
      const target = byId.get(a.billId)!;
      em.create(PaymentAllocation, {
        paymentId: payment.id,
        billId: target.id,
        amountFen: a.amountFen,
        paidOn,
      });
      target.paidFen += a.amountFen;
      target.status = billStatusOf(target.paidFen, target.totalFen);
      await publishInTx(em, Events.billPaid, {
        billId: a.billId,
        paymentId: payment.id,
        propertyId: bill.propertyId,
        customerId: bill.customerId ?? undefined,
        amountFen: a.amountFen,
        paidAt: input.paidAt.toISOString(),
      });
    }
    const year = Number(paidOn.slice(0, 4));
    const counter =
      (await em.findOne(ReceiptCounter, { year }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ??
      em.create(ReceiptCounter, { year, last: 0 });
    counter.last += 1;
    payment.receiptNumber = receiptNumber(year, counter.last);
    payment.unallocatedFen = unallocatedFen;
    audit(em, 'payment', payment.id, 'RECORDED', p, {
      billId: bill.id,
      amountFen: input.amountFen,
      allocations,
      key,
    });
    return payment;
  }

  /** Reverses a payment (e.g. the bank recalled it): allocations undone, bills reopened, audited. */
  async reverse(p: Principal, id: string, reason: string): Promise<Payment> {
    if (!reason?.trim())
      throw validationFailed('a reason is required', [{ field: 'reason', message: 'required' }]);
    return this.db.tx(async (em) => {
      const pay = await em.findOne(Payment, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!pay || !(await BillService.byIds(em, [pay.billId])).length) throw notFound('payment');
      if (pay.status === PaymentStatus.REVERSED) return pay;
      const allocs = await em.find(PaymentAllocation, { paymentId: pay.id, reversed: false });
      const bills = await em.find(
        Bill,
        { id: { $in: allocs.map((a) => a.billId) } },
        { ...allSites(), orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      const byId = new Map(bills.map((b) => [b.id, b]));
      for (const a of allocs) {
        const b = byId.get(a.billId)!;
        b.paidFen -= a.amountFen;
        b.status = billStatusOf(b.paidFen, b.totalFen);
        a.reversed = true;
      }
      pay.status = PaymentStatus.REVERSED;
      pay.reversedAt = this.clock.now();
      pay.reversedBy = p.actor.id ?? null;
      pay.reversalReason = reason.trim();
      audit(em, 'payment', id, 'REVERSED', p, { reason: reason.trim() });
      await publishInTx(em, Events.paymentReversed, {
        paymentId: id,
        billId: pay.billId,
        propertyId: pay.propertyId,
        customerId: pay.customerId ?? undefined,
        amountFen: pay.amountFen,
        reason: reason.trim(),
      });
      return pay;
    }, p);
  }

  async allocations(p: Principal, paymentIds: readonly string[]): Promise<PaymentAllocation[]> {
    return this.db.tx(
      (em) => em.find(PaymentAllocation, { paymentId: { $in: [...paymentIds] } }, { orderBy: { id: 'asc' } }),
      p,
    );
  }

  private async same(em: EntityManager, p: Principal, existing: Payment, input: RecordPaymentInput) {
    if (!(await BillService.byIds(em, [existing.billId])).length) throw notFound('bill');
    if (existing.billId !== input.billId || existing.amountFen !== input.amountFen)
      throw conflict('this idempotency key was used for a different payment', { paymentId: existing.id });
    return existing;
  }
}
