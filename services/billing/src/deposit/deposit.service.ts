import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database, uuidv7 } from '@pm/db';
import { notFound, validationFailed } from '@pm/graphql';
import { addMonths, Clock, isCalendarDate } from '@pm/time';
import { one, q } from '@pm/db';
import { billingPolicy } from '../common/policies';
import { findUnit } from '../projection/projection.consumers';
import { audit } from '../bill/bill.service';

export type DepositKind = 'RENOVATION' | 'UTILITY' | 'WORKER_PASS';

export interface DepositRow {
  id: string;
  propertyId: string;
  unitId: string;
  customerId: string | null;
  kind: DepositKind;
  amountFen: number;
  deductedFen: number;
  receivedOn: string;
  acceptedOn: string | null;
  refundDueOn: string | null;
  problem: string | null;
  refundedOn: string | null;
  refundedFen: number | null;
}

const COLS = `id, property_id, unit_id, customer_id, kind, amount_fen, deducted_fen, received_on::text as received_on,
  accepted_on::text as accepted_on, refund_due_on::text as refund_due_on, problem, refunded_on::text as refunded_on, refunded_fen`;

const depositRow = (r: any): DepositRow => ({
  id: r.id,
  propertyId: r.property_id,
  unitId: r.unit_id,
  customerId: r.customer_id,
  kind: r.kind,
  amountFen: Number(r.amount_fen),
  deductedFen: Number(r.deducted_fen),
  receivedOn: r.received_on,
  acceptedOn: r.accepted_on,
  refundDueOn: r.refund_due_on,
  problem: r.problem,
  refundedOn: r.refunded_on,
  refundedFen: r.refunded_fen == null ? null : Number(r.refunded_fen),
});

const bad = (field: string, message: string) => validationFailed(message, [{ field, message }]);

/**
 * R-BIL-10 renovation deposits: renovation and utility deposits (and the worker-pass deposit)
 * are refunded `renovationDepositRefundMonths` after acceptance unless a structural or safety
 * problem was recorded; lost worker passes are deducted.
 */
export class DepositService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async record(
    p: Principal,
    i: {
      unitId: string;
      customerId?: string | null;
      kind: DepositKind;
      amountFen: number;
      receivedOn: string;
    },
  ): Promise<DepositRow> {
    if (!Number.isSafeInteger(i.amountFen) || i.amountFen <= 0)
      throw bad('amountFen', 'a positive whole number of fen');
    if (!isCalendarDate(i.receivedOn)) throw bad('receivedOn', 'YYYY-MM-DD');
    return this.db.tx(async (em) => {
      const unit = await findUnit(em, i.unitId);
      if (!unit || (p.propertyScope !== 'ALL' && !p.propertyScope.includes(unit.propertyId)))
        throw notFound('unit');
      const id = uuidv7();
      await q(
        em,
        `insert into deposits (id, tenant_id, property_id, unit_id, customer_id, kind, amount_fen, received_on)
         values (?, app_current_tenant(), ?, ?, ?, ?, ?, ?)`,
        [id, unit.propertyId, unit.id, i.customerId ?? null, i.kind, i.amountFen, i.receivedOn],
      );
      await audit(em, 'deposit', id, 'RECEIVED', p, { amountFen: i.amountFen, kind: i.kind });
      return (await this.get(em, p, id))!;
    }, p);
  }

  /** Formal acceptance of the renovation: the refund falls due the policy number of months later. */
  async accept(p: Principal, id: string, acceptedOn: string): Promise<DepositRow> {
    if (!isCalendarDate(acceptedOn)) throw bad('acceptedOn', 'YYYY-MM-DD');
    return this.change(p, id, async (em, d) => {
      const months = (await billingPolicy(em, d.propertyId, acceptedOn)).depositRefundMonths;
      await q(em, `update deposits set accepted_on = ?, refund_due_on = ? where id = ?`, [
        acceptedOn,
        addMonths(acceptedOn, months),
        id,
      ]);
    });
  }

  async recordProblem(p: Principal, id: string, problem: string): Promise<DepositRow> {
    if (!problem?.trim()) throw bad('problem', 'required');
    return this.change(p, id, (em) =>
      q(em, `update deposits set problem = ? where id = ?`, [problem.trim(), id]),
    );
  }

  /** E.g. a lost worker pass: deducted from the deposit, never below zero. */
  async deduct(p: Principal, id: string, amountFen: number, reason: string): Promise<DepositRow> {
    if (!Number.isSafeInteger(amountFen) || amountFen <= 0)
      throw bad('amountFen', 'a positive whole number of fen');
    return this.change(p, id, async (em, d) => {
      if (d.refundedOn) throw bad('id', 'already refunded');
      if (d.deductedFen + amountFen > d.amountFen) throw bad('amountFen', 'more than the deposit left');
      await q(
        em,
        `update deposits set deducted_fen = deducted_fen + ?, notes = notes || ?::jsonb where id = ?`,
        [amountFen, JSON.stringify([{ amountFen, reason }]), id],
      );
    });
  }

  async refund(p: Principal, id: string, on: string): Promise<DepositRow> {
    if (!isCalendarDate(on)) throw bad('on', 'YYYY-MM-DD');
    return this.change(p, id, async (em, d) => {
      if (d.refundedOn) throw bad('id', 'already refunded');
      if (d.problem) throw bad('id', `a problem is recorded: ${d.problem}`);
      if (d.kind !== 'WORKER_PASS' && (!d.refundDueOn || on < d.refundDueOn))
        throw bad(
          'on',
          d.refundDueOn ? `refund falls due on ${d.refundDueOn}` : 'the renovation is not accepted yet',
        );
      await q(
        em,
        `update deposits set refunded_on = ?, refunded_fen = amount_fen - deducted_fen where id = ?`,
        [on, id],
      );
    });
  }

  async list(p: Principal, propertyId: string): Promise<DepositRow[]> {
    if (p.propertyScope !== 'ALL' && !p.propertyScope.includes(propertyId)) return [];
    return this.db.tx(
      async (em) =>
        (await q(em, `select ${COLS} from deposits where property_id = ? order by id`, [propertyId])).map(
          depositRow,
        ),
      p,
    );
  }

  private async change(p: Principal, id: string, fn: (em: EntityManager, d: DepositRow) => Promise<unknown>) {
    return this.db.tx(async (em) => {
      const d = await this.get(em, p, id);
      if (!d) throw notFound('deposit');
      await fn(em, d);
      await audit(em, 'deposit', id, 'CHANGED', p);
      return (await this.get(em, p, id))!;
    }, p);
  }

  private async get(em: EntityManager, p: Principal, id: string) {
    const r = await one(em, `select ${COLS} from deposits where id = ? for update`, [id]);
    if (!r || (p.propertyScope !== 'ALL' && !p.propertyScope.includes(r.property_id))) return null;
    return depositRow(r);
  }

  now() {
    return this.clock.now();
  }
}
