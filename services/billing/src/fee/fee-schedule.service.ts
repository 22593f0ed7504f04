import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { notFound, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn } from '@pm/time';
import { lockProperty, propertyKnown, propertyTimeZone } from '../projection/projection.service';
import { directSettingAllowed } from './fee-change.rules';
import { FeeSchedule } from './fee-schedule.entity';
import { DEFAULT_FEES, FeePrices, feePricesOf, feeScheduleProblems } from './fee-schedule.rules';
import { FeeScheduleView } from './fee-schedule.types';

/**
 * Fee item prices per property (R-BIL-1), effective from a date. Prices are not policy keys of
 * the catalog, so they live here; a bill copies the prices it was made with onto its lines.
 */
export async function feeScheduleAt(
  em: EntityManager,
  propertyId: string,
  asOf: string,
): Promise<FeeScheduleView> {
  const s = await em.findOne(
    FeeSchedule,
    { propertyId, effectiveFrom: { $lte: asOf } },
    { orderBy: { effectiveFrom: 'desc' } },
  );
  if (!s) return { propertyId, effectiveFrom: '1970-01-01', ...DEFAULT_FEES, isDefault: true };
  return {
    propertyId,
    effectiveFrom: s.effectiveFrom,
    managementFenPerSqm: s.managementFenPerSqm,
    waterFenPerUnit: s.waterFenPerUnit,
    electricityFenPerUnit: s.electricityFenPerUnit,
    gasFenPerUnit: s.gasFenPerUnit,
    airConditioningFenPerSqm: s.airConditioningFenPerSqm,
    renovationManagementFenPerSqm: s.renovationManagementFenPerSqm,
    isDefault: false,
  };
}

/** Stored prices of a property from a date, replacing any of that same date (R-BIL-1). */
export async function writeFeeSchedule(
  em: EntityManager,
  propertyId: string,
  effectiveFrom: string,
  prices: FeePrices,
  setBy: string | null,
): Promise<void> {
  const existing = await em.findOne(FeeSchedule, { propertyId, effectiveFrom });
  if (existing) Object.assign(existing, prices, { setBy });
  else em.create(FeeSchedule, { propertyId, effectiveFrom, ...prices, setBy });
}

export class FeeScheduleService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /**
   * The property's first schedule, or any where the policy does not ask changes to be approved
   * and announced (R-BIL-11); otherwise a change goes through `FeeChangeService`.
   */
  async set(
    principal: Principal,
    input: Omit<FeePrices, 'airConditioningFenPerSqm' | 'renovationManagementFenPerSqm'> &
      Partial<FeePrices> & { propertyId: string; effectiveFrom: string },
  ): Promise<FeeScheduleView> {
    const prices = feePricesOf(input);
    const problems = feeScheduleProblems({ ...prices, effectiveFrom: input.effectiveFrom });
    if (problems.length) throw validationFailed('invalid fee schedule', problems);
    return this.db.tx(async (em) => {
      if (!(await lockProperty(em, input.propertyId))) throw notFound('property');
      const today = dateIn(this.clock.now(), await propertyTimeZone(em, input.propertyId));
      const hasSchedule = (await em.count(FeeSchedule, { propertyId: input.propertyId })) > 0;
      const approvalRequired = await policyValue<boolean>(
        em,
        'billing.feeChangeApprovalRequired',
        input.propertyId,
        today,
      );
      if (!directSettingAllowed(hasSchedule, approvalRequired))
        throw validationFailed(
          'the property has a fee schedule: a change is proposed, approved and announced first (R-BIL-11, proposeFeeChange)',
          [{ field: 'propertyId', message: 'use proposeFeeChange' }],
        );
      await writeFeeSchedule(em, input.propertyId, input.effectiveFrom, prices, principal.actor.id ?? null);
      return feeScheduleAt(em, input.propertyId, input.effectiveFrom);
    }, principal);
  }

  async get(principal: Principal, propertyId: string, asOf: string): Promise<FeeScheduleView | null> {
    return this.db.tx(async (em) => {
      if (!(await propertyKnown(em, propertyId))) return null;
      return feeScheduleAt(em, propertyId, asOf);
    }, principal);
  }
}
