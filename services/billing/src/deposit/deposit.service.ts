import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { notFound } from '@pm/graphql';
import { audit } from '../audit/audit.service';
import { addMonths, isCalendarDate } from '@pm/time';
import { billingPolicy } from '../common/policies';
import { findUnit } from '../projection/projection.service';
import { FeeCharge, FeeChargeKind } from '../fee/fee-charge.entity';
import { feeScheduleAt } from '../fee/fee-schedule.service';
import { renovationManagementCharge } from '../fee/fee-schedule.rules';
import { Deposit } from './deposit.entity';
import {
  ACCEPTED_WITH_RENOVATION,
  DepositKind,
  acceptedLate,
  assertDeductible,
  assertRefundable,
  bad,
} from './deposit.rules';
import { TenantContext } from '@pm/tenant-context';

/**
 * R-BIL-10 renovation deposits: renovation and utility deposits (and the worker-pass deposit)
 * are refunded `renovationDepositRefundMonths` after acceptance unless a structural or safety
 * problem was recorded; lost worker passes are deducted.
 */
export class DepositService {
  constructor(private db: Database) {}

  async record(
    p: Principal,
    i: {
      unitId: string;
      customerId?: string | null;
      kind: DepositKind;
      amountFen: number;
      receivedOn: string;
    },
  ): Promise<Deposit> {
    if (!Number.isSafeInteger(i.amountFen) || i.amountFen <= 0)
      throw bad('amountFen', 'a positive whole number of fen');
    if (!isCalendarDate(i.receivedOn)) throw bad('receivedOn', 'YYYY-MM-DD');
    return this.db.tx(async (em) => {
      const unit = await findUnit(em, i.unitId);
      if (!unit) throw notFound('unit');
      const d = em.create(Deposit, {
        propertyId: unit.propertyId,
        unitId: unit.id,
        customerId: i.customerId ?? null,
        kind: i.kind,
        amountFen: i.amountFen,
        receivedOn: i.receivedOn,
      });
      audit(em, 'deposit', d.id, 'RECEIVED', p, { amountFen: i.amountFen, kind: i.kind });
      if (i.kind === DepositKind.RENOVATION) await chargeRenovationManagement(em, d, Number(unit.areaSqm));
      return d;
    }, p);
  }

  /** Formal acceptance of the renovation: the refund falls due the policy number of months later. */
  async accept(p: Principal, id: string, acceptedOn: string): Promise<Deposit> {
    if (!isCalendarDate(acceptedOn)) throw bad('acceptedOn', 'YYYY-MM-DD');
    return this.change(p, id, async (em, d) => {
      const months = (await billingPolicy(em, d.propertyId, acceptedOn)).depositRefundMonths;
      d.acceptedOn = acceptedOn;
      d.refundDueOn = addMonths(acceptedOn, months);
    });
  }

  async recordProblem(p: Principal, id: string, problem: string): Promise<Deposit> {
    if (!problem?.trim()) throw bad('problem', 'required');
    return this.change(p, id, async (_em, d) => {
      d.problem = problem.trim();
    });
  }

  /** E.g. a lost worker pass: deducted from the deposit, never below zero. */
  async deduct(p: Principal, id: string, amountFen: number, reason: string): Promise<Deposit> {
    if (!Number.isSafeInteger(amountFen) || amountFen <= 0)
      throw bad('amountFen', 'a positive whole number of fen');
    return this.change(p, id, async (_em, d) => {
      assertDeductible(d, amountFen);
      d.deductedFen += amountFen;
      d.notes = [...d.notes, { amountFen, reason }];
    });
  }

  async refund(p: Principal, id: string, on: string): Promise<Deposit> {
    if (!isCalendarDate(on)) throw bad('on', 'YYYY-MM-DD');
    return this.change(p, id, async (_em, d) => {
      assertRefundable(d, on);
      d.refundedOn = on;
      d.refundedFen = d.amountFen - d.deductedFen;
    });
  }

  async list(p: Principal, propertyId: string): Promise<Deposit[]> {
    return this.db.tx((em) => em.find(Deposit, { propertyId }, { orderBy: { id: 'asc' } }), p);
  }

  /** One change under the deposit's row lock, audited. */
  private async change(p: Principal, id: string, fn: (em: EntityManager, d: Deposit) => Promise<void>) {
    return this.db.tx(async (em) => {
      const d = await em.findOne(Deposit, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!d) throw notFound('deposit');
      await fn(em, d);
      audit(em, 'deposit', id, 'CHANGED', p);
      return d;
    }, p);
  }
}

/**
 * R-BIL-10: customers accepted a renovation (renovation.accepted): its unit's renovation and
 * utility deposits not yet accepted start their refund period, with the day the acceptance was
 * due kept to show a late one. Accepted deposits are left as they are, so a repeat changes nothing.
 */
export async function acceptRenovationDeposits(
  em: EntityManager,
  ctx: TenantContext,
  e: { renovationId: string; unitId: string; propertyId: string; acceptedOn: string; dueOn?: string },
): Promise<Deposit[]> {
  const deposits = await em.find(
    Deposit,
    {
      unitId: e.unitId,
      kind: { $in: ACCEPTED_WITH_RENOVATION },
      acceptedOn: null,
      refundedOn: null,
      receivedOn: { $lte: e.acceptedOn },
    },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
  );
  if (!deposits.length) return [];
  const months = (await billingPolicy(em, e.propertyId, e.acceptedOn)).depositRefundMonths;
  for (const d of deposits) {
    Object.assign(d, {
      acceptedOn: e.acceptedOn,
      refundDueOn: addMonths(e.acceptedOn, months),
      renovationId: e.renovationId,
      acceptanceDueOn: e.dueOn ?? null,
    });
    audit(em, 'deposit', d.id, 'ACCEPTED', ctx, { renovationId: e.renovationId, late: acceptedLate(d) });
  }
  return deposits;
}

/**
 * R-BIL-1: a renovation deposit received means a renovation starts, so its management fee
 * (装修管理费, area × the price list's price on that day) goes on the unit's next bill.
 */
async function chargeRenovationManagement(em: EntityManager, d: Deposit, areaSqm: number): Promise<void> {
  const prices = await feeScheduleAt(em, d.propertyId, d.receivedOn);
  const charge = renovationManagementCharge(areaSqm, prices.renovationManagementFenPerSqm);
  if (!charge) return;
  em.create(FeeCharge, {
    propertyId: d.propertyId,
    unitId: d.unitId,
    kind: FeeChargeKind.RENOVATION_MANAGEMENT,
    sourceId: d.id,
    chargedOn: d.receivedOn,
    ...charge,
  });
}
