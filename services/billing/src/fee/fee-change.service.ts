import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { forbidden, notFound, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn } from '@pm/time';
import { audit } from '../audit/audit.service';
import { lockProperty, propertyKnown, propertyTimeZone } from '../projection/projection.service';
import { FeeChange } from './fee-change.entity';
import {
  FeeApprovalAuthority,
  FeeChangeStatus,
  approvalRefusal,
  noticeProblems,
  proposalProblems,
} from './fee-change.rules';
import { FeePrices, feePricesOf, feeScheduleProblems } from './fee-schedule.rules';
import { writeFeeSchedule } from './fee-schedule.service';

/**
 * Fee changes (R-BIL-11): proposed, approved by another person on the strength of an approval
 * document, then announced; the announcement writes the property's schedule from the effective
 * date, so bill runs pick the new prices up only for periods from then on.
 */
export class FeeChangeService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  private async today(em: EntityManager, propertyId: string) {
    return dateIn(this.clock.now(), await propertyTimeZone(em, propertyId));
  }

  async propose(
    p: Principal,
    input: Omit<FeePrices, 'airConditioningFenPerSqm' | 'renovationManagementFenPerSqm'> &
      Partial<FeePrices> & { propertyId: string; effectiveFrom: string; reason?: string | null },
  ): Promise<FeeChange> {
    const prices = feePricesOf(input);
    const problems = feeScheduleProblems({ ...prices, effectiveFrom: input.effectiveFrom });
    if (problems.length) throw validationFailed('invalid fee change', problems);
    return this.db.tx(async (em) => {
      if (!(await propertyKnown(em, input.propertyId))) throw notFound('property');
      const late = proposalProblems(input.effectiveFrom, await this.today(em, input.propertyId));
      if (late.length) throw validationFailed('invalid fee change', late);
      const c = em.create(FeeChange, {
        propertyId: input.propertyId,
        effectiveFrom: input.effectiveFrom,
        ...prices,
        reason: input.reason?.trim() || null,
        status: FeeChangeStatus.PROPOSED,
        proposedBy: p.actor.id ?? null,
      });
      audit(em, 'fee_change', c.id, 'PROPOSED', p, { effectiveFrom: c.effectiveFrom, ...prices });
      return c;
    }, p);
  }

  async approve(
    p: Principal,
    input: { id: string; authority: FeeApprovalAuthority; approvalReference: string },
  ): Promise<FeeChange> {
    return this.db.tx(async (em) => {
      const c = await em.findOne(FeeChange, input.id);
      if (!c) throw notFound('fee change');
      const refusal = approvalRefusal(c, p.actor.id ?? null, input.approvalReference);
      if (refusal && 'forbidden' in refusal) throw forbidden(refusal.forbidden);
      if (refusal) throw validationFailed('the fee change cannot be approved', refusal.problems);
      Object.assign(c, {
        status: FeeChangeStatus.APPROVED,
        approvedBy: p.actor.id,
        approvedAt: this.clock.now(),
        approvalAuthority: input.authority,
        approvalReference: input.approvalReference.trim(),
      });
      audit(em, 'fee_change', c.id, 'APPROVED', p, {
        authority: input.authority,
        approvalReference: c.approvalReference,
      });
      return c;
    }, p);
  }

  async notify(p: Principal, input: { id: string; noticeDate: string }): Promise<FeeChange> {
    return this.db.tx(async (em) => {
      const found = await em.findOne(FeeChange, input.id);
      if (!found) throw notFound('fee change');
      // One schedule writer per property at a time (as setFeeSchedule), then the change afresh.
      await lockProperty(em, found.propertyId);
      const c = await em.findOneOrFail(FeeChange, input.id, { refresh: true });
      const today = await this.today(em, c.propertyId);
      const noticeDays = await policyValue<number>(em, 'billing.feeChangeNoticeDays', c.propertyId, today);
      const problems = noticeProblems(c, input.noticeDate, today, noticeDays);
      if (problems.length) throw validationFailed(problems[0].message, problems);
      Object.assign(c, {
        status: FeeChangeStatus.NOTIFIED,
        noticeDate: input.noticeDate,
        notifiedBy: p.actor.id ?? null,
      });
      await writeFeeSchedule(em, c.propertyId, c.effectiveFrom, feePricesOf(c), c.approvedBy ?? null);
      audit(em, 'fee_change', c.id, 'NOTIFIED', p, { noticeDate: input.noticeDate, noticeDays });
      return c;
    }, p);
  }

  async list(p: Principal, propertyId: string, status?: FeeChangeStatus | null): Promise<FeeChange[]> {
    return this.db.tx(
      (em) =>
        em.find(
          FeeChange,
          { propertyId, ...(status ? { status } : {}) },
          { orderBy: { effectiveFrom: 'desc', createdAt: 'desc' } },
        ),
      p,
    );
  }
}
