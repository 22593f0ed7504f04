import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { PageArgs, notFound, validationFailed } from '@pm/graphql';
import { addDays, Clock, dateIn, isCalendarDate, isPeriod } from '@pm/time';
import { LateFee } from '../common/money';
import { billingPolicy } from '../common/policies';
import { findPage } from '../common/page';
import { audit } from '../audit/audit.service';
import { PaymentAllocation } from '../payment/payment.entity';
import { Bill, BillDeferral, BillDispute, BillLine } from './bill.entity';
import { BillStatus, billLateFee } from './bill.rules';

export interface BillFilter {
  propertyId?: string | null;
  customerId?: string | null;
  unitId?: string | null;
  period?: string | null;
  status?: BillStatus | null;
  unpaid?: boolean | null;
}

/** Credits on a bill with their property-local dates (for the piecewise late fee). */
export async function creditsOf(em: EntityManager, billId: string) {
  const rows = await em.find(PaymentAllocation, { billId, reversed: false }, { orderBy: { paidOn: 'asc' } });
  return rows.map((r) => ({ date: r.paidOn, amountFen: r.amountFen }));
}

/** The latest deferral granted on a bill, if any. */
export async function deferredUntil(em: EntityManager, billId: string): Promise<string | null> {
  const last = await em.findOne(BillDeferral, { billId }, { orderBy: { until: 'desc' } });
  return last?.until ?? null;
}

export class BillService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async list(p: Principal, filter: BillFilter, page: PageArgs) {
    if (filter.period && !isPeriod(filter.period))
      throw validationFailed('period must be YYYY-MM', [{ field: 'period', message: 'YYYY-MM' }]);
    const asked: FilterQuery<Bill> = {};
    for (const k of ['propertyId', 'customerId', 'unitId', 'period', 'status'] as const)
      if (filter[k]) Object.assign(asked, { [k]: filter[k] });
    if (filter.unpaid != null)
      Object.assign(asked, {
        status: filter.unpaid ? { $in: [BillStatus.ISSUED, BillStatus.PARTIALLY_PAID] } : BillStatus.PAID,
        ...(filter.status ? { $and: [{ status: filter.status }] } : {}),
      });
    return this.db.tx((em) => findPage(em, Bill, asked, page), p);
  }

  /** Bills by id that the caller may see: others' ids (tenant or site) are absent (the filters). */
  static async byIds(em: EntityManager, ids: readonly string[]): Promise<Bill[]> {
    if (!ids.length) return [];
    return em.find(Bill, { id: { $in: [...ids] } });
  }

  async get(p: Principal, id: string): Promise<Bill | null> {
    return this.db.tx(async (em) => (await BillService.byIds(em, [id]))[0] ?? null, p);
  }

  async lines(p: Principal, billIds: readonly string[]): Promise<BillLine[]> {
    return this.db.tx(
      (em) => em.find(BillLine, { billId: { $in: [...billIds] } }, { orderBy: { id: 'asc' } }),
      p,
    );
  }

  async lateFee(p: Principal, bill: Bill, asOf?: string | null): Promise<LateFee> {
    const day = asOf ?? dateIn(this.clock.now(), bill.timeZone);
    if (!isCalendarDate(day))
      throw validationFailed('asOf must be a date', [{ field: 'asOf', message: 'YYYY-MM-DD' }]);
    return this.db.tx(
      async (em) => billLateFee(bill, await creditsOf(em, bill.id), await deferredUntil(em, bill.id), day),
      p,
    );
  }

  /** R-BIL-5: accepted up to `disputeCutoffDaysBeforeDue` days before the due date. */
  async raiseDispute(p: Principal, billId: string, reason: string): Promise<BillDispute> {
    if (!reason?.trim())
      throw validationFailed('a reason is required', [{ field: 'reason', message: 'required' }]);
    return this.db.tx(async (em) => {
      const bill = (await BillService.byIds(em, [billId]))[0];
      if (!bill) throw notFound('bill');
      const pol = await billingPolicy(em, bill.propertyId, bill.issuedOn);
      const today = dateIn(this.clock.now(), bill.timeZone);
      const lastDay = addDays(bill.dueDate, -pol.disputeCutoffDays);
      if (today > lastDay)
        throw validationFailed(
          `disputes are accepted until ${lastDay} (${pol.disputeCutoffDays} days before the due date)`,
          [{ field: 'billId', message: 'dispute period over' }],
        );
      const dispute = em.create(BillDispute, {
        billId: bill.id,
        reason: reason.trim(),
        raisedBy: p.actor.id ?? null,
        createdAt: this.clock.now(),
      });
      audit(em, 'bill', billId, 'DISPUTE_RAISED', p, { reason });
      return dispute;
    }, p);
  }

  /** A deferral stops the late fee up to and including `until` (R-BIL-5). */
  async grantDeferral(p: Principal, billId: string, until: string, reason: string): Promise<Bill> {
    if (!isCalendarDate(until))
      throw validationFailed('until must be a date', [{ field: 'until', message: 'YYYY-MM-DD' }]);
    return this.db.tx(async (em) => {
      const bill = (await BillService.byIds(em, [billId]))[0];
      if (!bill) throw notFound('bill');
      if (until <= bill.dueDate)
        throw validationFailed('a deferral must end after the due date', [
          { field: 'until', message: 'after due date' },
        ]);
      em.create(BillDeferral, {
        billId: bill.id,
        until,
        reason: reason ?? '',
        grantedBy: p.actor.id ?? null,
        createdAt: this.clock.now(),
      });
      audit(em, 'bill', billId, 'DEFERRAL_GRANTED', p, { until, reason });
      return bill;
    }, p);
  }

  async disputes(p: Principal, billId: string): Promise<BillDispute[]> {
    return this.db.tx((em) => em.find(BillDispute, { billId }, { orderBy: { createdAt: 'asc' } }), p);
  }
}
