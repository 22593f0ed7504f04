import { isCalendarDate } from '@pm/time';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { notFound, validationFailed } from '@pm/graphql';
import { TenantContext } from '@pm/tenant-context';
import { audit } from '../audit/audit.service';
import { Bill } from '../bill/bill.entity';
import { BillStatus } from '../bill/bill.rules';
import { billingPolicy } from '../common/policies';
import { propertyKnown } from '../projection/projection.service';
import { DunningRound } from './dunning.entity';
import { roundsDue } from './dunning.rules';

interface PageResult {
  created: number;
  enforced: number;
  last: string | null;
}

/** Unpaid bills looked at per transaction: memory stays flat however many bills are overdue. */
const PAGE = 500;

export class DunningService {
  constructor(private db: Database) {}

  /**
   * Generates every round due by `asOf` for unpaid bills (of one property, or all), a page of
   * bills per transaction; after the last round the bill goes on the enforcement list.
   * Idempotent: a round exists once per bill (unique key), so a re-run adds only what is missing.
   */
  async generateDunning(ctx: TenantContext, asOf: string, propertyId?: string | null) {
    if (!isCalendarDate(asOf))
      throw validationFailed('asOf must be a date', [{ field: 'asOf', message: 'YYYY-MM-DD' }]);
    const page = (after: string | null) =>
      this.db.tx((em) => this.page(em, asOf, propertyId ?? null, after), ctx);
    const total = { roundsCreated: 0, enforcementListed: 0 };
    let after: string | null = null;
    do {
      // A concurrent run (scheduler and runDunning) may have written the same round: once more.
      const r: PageResult = await page(after).catch((e) =>
        e instanceof UniqueConstraintViolationException ? page(after) : Promise.reject(e),
      );
      total.roundsCreated += r.created;
      total.enforcementListed += r.enforced;
      after = r.last;
    } while (after);
    return total;
  }

  private async page(
    em: EntityManager,
    asOf: string,
    propertyId: string | null,
    after: string | null,
  ): Promise<PageResult> {
    const intervals = (await billingPolicy(em, null, asOf)).dunningIntervalsDays;
    const bills = await em.find(
      Bill,
      {
        status: { $ne: BillStatus.PAID },
        dueDate: { $lt: asOf },
        ...(propertyId ? { propertyId } : {}),
        ...(after ? { id: { $gt: after } } : {}),
      },
      { orderBy: { id: 'asc' }, limit: PAGE },
    );
    if (!bills.length) return { created: 0, enforced: 0, last: null };
    const have = new Set(
      (await em.find(DunningRound, { billId: { $in: bills.map((b) => b.id) } })).map(
        (r) => `${r.billId}:${r.round}`,
      ),
    );
    let created = 0;
    let enforced = 0;
    for (const bill of bills)
      for (const r of roundsDue(bill, intervals, asOf)) {
        if (have.has(`${bill.id}:${r.round}`)) continue;
        em.create(DunningRound, { billId: bill.id, ...r });
        created++;
        if (r.round === intervals.length) {
          enforced++;
          bill.enforcementSince ??= asOf;
        }
        await publishInTx(em, Events.dunningRoundGenerated, {
          billId: bill.id,
          propertyId: bill.propertyId,
          customerId: bill.customerId ?? undefined,
          round: r.round,
          responsibleRole: r.responsibleRole,
          scheduledOn: r.scheduledOn,
        });
      }
    return { created, enforced, last: bills.length === PAGE ? bills[bills.length - 1].id : null };
  }

  async run(p: Principal, propertyId: string, asOf: string) {
    if (!(await this.db.tx((em) => propertyKnown(em, propertyId), p))) throw notFound('property');
    return this.generateDunning(p, asOf, propertyId);
  }

  async recordDelivery(
    p: Principal,
    input: { roundId: string; deliveredAt: Date; signedReceipt: boolean; note?: string | null },
  ): Promise<DunningRound> {
    return this.db.tx(async (em) => {
      const r = await em.findOne(DunningRound, input.roundId);
      // A round is another site's when its bill is: the site filter hides the bill.
      if (!r || !(await em.findOne(Bill, r.billId))) throw notFound('dunning round');
      r.deliveredAt = input.deliveredAt;
      r.deliveredBy = p.actor.id ?? null;
      r.signedReceipt = input.signedReceipt;
      r.note = input.note ?? null;
      audit(em, 'dunning_round', input.roundId, 'DELIVERED', p, { signedReceipt: input.signedReceipt });
      return r;
    }, p);
  }

  async forBills(p: Principal, billIds: readonly string[]): Promise<DunningRound[]> {
    return this.db.tx(
      (em) => em.find(DunningRound, { billId: { $in: [...billIds] } }, { orderBy: { round: 'asc' } }),
      p,
    );
  }
}
