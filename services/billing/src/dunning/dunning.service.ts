import { Clock, DEFAULT_TIME_ZONE, dateIn, isCalendarDate } from '@pm/time';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { notFound, validationFailed } from '@pm/graphql';
import { policyValuesAt } from '@pm/policy';
import { TenantContext } from '@pm/tenant-context';
import { audit } from '../audit/audit.service';
import { Bill } from '../bill/bill.entity';
import { BillStatus } from '../bill/bill.rules';
import { billingPolicy } from '../common/policies';
import { propertyKnown, propertyTimeZones } from '../projection/projection.service';
import { DunningRound } from './dunning.entity';
import {
  DunningNoticeStatus,
  deliveryProblems,
  noticeStatus,
  noticeValidUntil,
  reissueProblems,
  roundsDue,
} from './dunning.rules';

/** A round's notice as of today in its property's zone (R-DOC-3). */
export interface NoticeValidity {
  id: string;
  validUntil: string;
  status: DunningNoticeStatus;
  /** The property-local day the status is of. */
  today: string;
  /** The zone deliveries are dated in. */
  timeZone: string;
}

interface PageResult {
  created: number;
  enforced: number;
  last: string | null;
}

/** Unpaid bills looked at per transaction: memory stays flat however many bills are overdue. */
const PAGE = 500;

export class DunningService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

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
        em.create(DunningRound, { billId: bill.id, ...r, noticeDate: r.scheduledOn });
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

  /** R-DOC-3: a delivery after the notice's validity is refused; the notice is reissued instead. */
  async recordDelivery(
    p: Principal,
    input: { roundId: string; deliveredAt: Date; signedReceipt: boolean; note?: string | null },
  ): Promise<DunningRound> {
    return this.db.tx(async (em) => {
      const { round: r, validity } = await this.visibleRound(em, input.roundId);
      const problems = deliveryProblems(validity.validUntil, dateIn(input.deliveredAt, validity.timeZone));
      if (problems.length) throw validationFailed(problems[0].message, problems);
      r.deliveredAt = input.deliveredAt;
      r.deliveredBy = p.actor.id ?? null;
      r.signedReceipt = input.signedReceipt;
      r.note = input.note ?? null;
      audit(em, 'dunning_round', input.roundId, 'DELIVERED', p, { signedReceipt: input.signedReceipt });
      return r;
    }, p);
  }

  /**
   * R-DOC-3: an expired, undelivered notice is dated today and printed afresh (its amounts and
   * late fee as of the new date); the round keeps its number and schedule, the audit the old date.
   */
  async reissueNotice(p: Principal, roundId: string): Promise<DunningRound> {
    return this.db.tx(async (em) => {
      const { round: r, bill, validity } = await this.visibleRound(em, roundId);
      const problems = reissueProblems(validity.status, validity.validUntil, bill.status === BillStatus.PAID);
      if (problems.length) throw validationFailed(problems[0].message, problems);
      audit(em, 'dunning_round', r.id, 'NOTICE_REISSUED', p, {
        previousNoticeDate: r.noticeDate,
        previousValidUntil: validity.validUntil,
        noticeDate: validity.today,
      });
      r.noticeDate = validity.today;
      return r;
    }, p);
  }

  /** Valid-until and status of rounds' notices, in the order asked; rounds not visible are left out. */
  async validity(p: Principal, roundIds: readonly string[]): Promise<NoticeValidity[]> {
    return this.db.tx(async (em) => {
      const rounds = await em.find(DunningRound, { id: { $in: [...roundIds] } });
      return this.validityOf(em, rounds);
    }, p);
  }

  private async visibleRound(em: EntityManager, roundId: string) {
    const round = await em.findOne(DunningRound, roundId);
    // A round is another site's when its bill is: the site filter hides the bill.
    const bill = round && (await em.findOne(Bill, round.billId));
    if (!round || !bill) throw notFound('dunning round');
    const [validity] = await this.validityOf(em, [round], [bill]);
    return { round, bill, validity };
  }

  private async validityOf(
    em: EntityManager,
    rounds: DunningRound[],
    known?: Bill[],
  ): Promise<NoticeValidity[]> {
    const bills = known ?? (await em.find(Bill, { id: { $in: [...new Set(rounds.map((r) => r.billId))] } }));
    const billOf = new Map(bills.map((b) => [b.id, b]));
    const visible = rounds.filter((r) => billOf.has(r.billId));
    const zones = await propertyTimeZones(em, [...new Set(bills.map((b) => b.propertyId))]);
    // The days in force on the notice's date: a later policy change does not alter a notice given.
    const days = await policyValuesAt(
      em,
      ['documents.dunningNoticeValidDays'],
      visible.map((r) => ({ propertyId: billOf.get(r.billId)!.propertyId, asOf: r.noticeDate })),
    );
    const now = this.clock.now();
    return visible.map((r, i) => {
      const timeZone = zones.get(billOf.get(r.billId)!.propertyId) || DEFAULT_TIME_ZONE;
      const today = dateIn(now, timeZone);
      const validUntil = noticeValidUntil(r.noticeDate, Number(days[i]['documents.dunningNoticeValidDays']));
      return {
        id: r.id,
        validUntil,
        status: noticeStatus(r.deliveredAt, validUntil, today),
        today,
        timeZone,
      };
    });
  }

  async forBills(p: Principal, billIds: readonly string[]): Promise<DunningRound[]> {
    return this.db.tx(
      (em) => em.find(DunningRound, { billId: { $in: [...billIds] } }, { orderBy: { round: 'asc' } }),
      p,
    );
  }
}
