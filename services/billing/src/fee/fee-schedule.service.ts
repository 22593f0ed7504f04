import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { notFound, validationFailed } from '@pm/graphql';
import { lockProperty, propertyKnown } from '../projection/projection.service';
import { FeeSchedule } from './fee-schedule.entity';
import { DEFAULT_FEES, FeePrices, feeScheduleProblems } from './fee-schedule.rules';
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

export class FeeScheduleService {
  constructor(private db: Database) {}

  async set(
    principal: Principal,
    input: Omit<FeePrices, 'airConditioningFenPerSqm' | 'renovationManagementFenPerSqm'> &
      Partial<FeePrices> & { propertyId: string; effectiveFrom: string },
  ): Promise<FeeScheduleView> {
    const prices: FeePrices = {
      managementFenPerSqm: input.managementFenPerSqm,
      waterFenPerUnit: input.waterFenPerUnit,
      electricityFenPerUnit: input.electricityFenPerUnit,
      gasFenPerUnit: input.gasFenPerUnit,
      airConditioningFenPerSqm: input.airConditioningFenPerSqm ?? 0,
      renovationManagementFenPerSqm: input.renovationManagementFenPerSqm ?? 0,
    };
    const problems = feeScheduleProblems({ ...prices, effectiveFrom: input.effectiveFrom });
    if (problems.length) throw validationFailed('invalid fee schedule', problems);
    return this.db.tx(async (em) => {
      if (!(await lockProperty(em, input.propertyId))) throw notFound('property');
      const existing = await em.findOne(FeeSchedule, {
        propertyId: input.propertyId,
        effectiveFrom: input.effectiveFrom,
      });
      const setBy = principal.actor.id ?? null;
      if (existing) Object.assign(existing, prices, { setBy });
      else
        em.create(FeeSchedule, {
          propertyId: input.propertyId,
          effectiveFrom: input.effectiveFrom,
          ...prices,
          setBy,
        });
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
