import { isCalendarDate } from '@pm/time';
import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { TenantContext } from '@pm/tenant-context';
import { named, one, pgArray, q } from '@pm/db';
import { billingPolicy } from '../common/policies';
import { audit } from '../bill/bill.service';

/** R-BIL-6: who carries each round and how (the list length of the policy is the round count). */
export const DUNNING_ROUNDS = [
  { round: 1, responsibleRole: 'PROPERTY_ASSISTANT', method: 'BY_HAND_SIGNED_RECEIPT' },
  { round: 2, responsibleRole: 'CS_SUPERVISOR', method: 'VISIT' },
  // The customer-service head: no staff role of its own, named as a string.
  { round: 3, responsibleRole: 'CS_HEAD', method: 'IN_WRITING' },
];

/**
 * Pure schedule: round 1 `intervals[0]` days after the payment notice (never before the day
 * after the due date), each later round `intervals[k]` days after the previous one.
 */
export function dunningSchedule(issuedOn: string, dueDate: string, intervals: number[]): string[] {
  const day = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
  const date = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  let at = Math.max(day(issuedOn) + intervals[0], day(dueDate) + 1);
  const out = [date(at)];
  for (const gap of intervals.slice(1)) out.push(date((at += gap)));
  return out;
}

export interface DunningRoundRow {
  id: string;
  billId: string;
  round: number;
  scheduledOn: string;
  responsibleRole: string;
  method: string;
  generatedAt: Date;
  deliveredAt: Date | null;
  deliveredBy: string | null;
  signedReceipt: boolean;
  note: string | null;
}

export const dunningRow = (r: any): DunningRoundRow => ({
  id: r.id,
  billId: r.bill_id,
  round: r.round,
  scheduledOn: r.scheduled_on,
  responsibleRole: r.responsible_role,
  method: r.method,
  generatedAt: new Date(r.generated_at),
  deliveredAt: r.delivered_at ? new Date(r.delivered_at) : null,
  deliveredBy: r.delivered_by,
  signedReceipt: r.signed_receipt,
  note: r.note,
});

export class DunningService {
  constructor(private db: Database) {}

  /**
   * Generates every round due by `asOf` for unpaid bills (of one property, or all), in one
   * statement; after the last round the bill goes on the enforcement list. Idempotent.
   */
  async generateDunning(ctx: TenantContext, asOf: string, propertyId?: string | null) {
    if (!isCalendarDate(asOf))
      throw validationFailed('asOf must be a date', [{ field: 'asOf', message: 'YYYY-MM-DD' }]);
    return this.db.tx(async (em) => {
      const intervals = (await billingPolicy(em, null, asOf)).dunningIntervalsDays;
      const rounds = intervals.map((_, i) => DUNNING_ROUNDS[Math.min(i, DUNNING_ROUNDS.length - 1)]);
      const cum = intervals.map((_, i) => intervals.slice(1, i + 1).reduce((s, x) => s + x, 0));
      const cfg = rounds
        .map((r, i) => `(${i + 1}, ${cum[i]}, '${r.responsibleRole}', '${r.method}')`)
        .join(', ');
      const [sql, params] = named(
        `with cfg (round, offset_days, role, method) as (values ${cfg}),
         cand as (
           select b.id as bill_id, c.round, c.role, c.method,
                  greatest(b.issued_on + :first::int, b.due_date + 1) + c.offset_days as scheduled_on
           from bills b cross join cfg c
           where b.status <> 'PAID' and b.due_date < :asOf::date and (:prop::uuid is null or b.property_id = :prop::uuid)
         )
         insert into dunning_rounds (id, tenant_id, bill_id, round, scheduled_on, responsible_role, method)
         select billing_uuidv7(), app_current_tenant(), bill_id, round, scheduled_on, role, method
         from cand where scheduled_on <= :asOf::date
         on conflict (tenant_id, bill_id, round) do nothing
         returning id, bill_id, round, scheduled_on::text as scheduled_on, responsible_role`,
        { first: intervals[0], asOf, prop: propertyId ?? null },
      );
      const created = await q(em, sql, params);
      const last = intervals.length;
      const enforced = created.filter((r: any) => r.round === last).map((r: any) => r.bill_id);
      if (enforced.length)
        await q(
          em,
          `update bills set enforcement_since = ?::date where id = any(?::uuid[]) and enforcement_since is null`,
          [asOf, pgArray(enforced)],
        );
      if (created.length) {
        const bills = await q(
          em,
          `select id, property_id, customer_id from bills where id = any(?::uuid[])`,
          [pgArray([...new Set(created.map((r: any) => r.bill_id as string))])],
        );
        const byId = new Map(bills.map((b: any) => [b.id, b]));
        for (const r of created) {
          const b = byId.get(r.bill_id);
          await publishInTx(em, Events.dunningRoundGenerated, {
            billId: r.bill_id,
            propertyId: b.property_id,
            customerId: b.customer_id ?? undefined,
            round: r.round,
            responsibleRole: r.responsible_role,
            scheduledOn: r.scheduled_on,
          });
        }
      }
      return { roundsCreated: created.length, enforcementListed: enforced.length };
    }, ctx);
  }

  async run(p: Principal, propertyId: string, asOf: string) {
    assertPropertyVisible(p, propertyId);
    return this.generateDunning(p, asOf, propertyId);
  }

  async recordDelivery(
    p: Principal,
    input: { roundId: string; deliveredAt: Date; signedReceipt: boolean; note?: string | null },
  ): Promise<DunningRoundRow> {
    return this.db.tx(async (em) => {
      const r = await this.visible(em, p, input.roundId);
      if (!r) throw notFound('dunning round');
      await q(
        em,
        `update dunning_rounds set delivered_at = ?::timestamptz, delivered_by = ?, signed_receipt = ?, note = ? where id = ?`,
        [
          input.deliveredAt.toISOString(),
          p.actor.id ?? null,
          input.signedReceipt,
          input.note ?? null,
          input.roundId,
        ],
      );
      await audit(em, 'dunning_round', input.roundId, 'DELIVERED', p, { signedReceipt: input.signedReceipt });
      return (await this.visible(em, p, input.roundId))!;
    }, p);
  }

  async forBills(p: Principal, billIds: readonly string[]) {
    return this.db.tx(async (em) => {
      const rows = await q(
        em,
        `select d.*, d.scheduled_on::text as scheduled_on from dunning_rounds d where d.bill_id = any(?::uuid[]) order by d.round`,
        [pgArray([...billIds])],
      );
      return rows.map(dunningRow);
    }, p);
  }

  /** Bills past their last dunning round (R-BIL-6 enforcement list) of a property. */
  async enforcementList(p: Principal, propertyId: string) {
    if (p.propertyScope !== 'ALL' && !p.propertyScope.includes(propertyId)) return [];
    return this.db.tx(
      (em) =>
        q(
          em,
          `select id from bills where property_id = ? and enforcement_since is not null and status <> 'PAID' order by id`,
          [propertyId],
        ),
      p,
    );
  }

  private async visible(em: EntityManager, p: Principal, id: string) {
    const r = await one(
      em,
      `select d.*, d.scheduled_on::text as scheduled_on, b.property_id from dunning_rounds d join bills b on b.id = d.bill_id where d.id = ?`,
      [id],
    );
    if (!r || (p.propertyScope !== 'ALL' && !p.propertyScope.includes(r.property_id))) return null;
    return dunningRow(r);
  }
}
