import { isCalendarDate } from '@pm/time';
import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database, uuidv7 } from '@pm/db';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';

import { one, q } from '@pm/db';
import { propertyKnown } from '../projection/projection.consumers';

/**
 * Fee item prices per property (R-BIL-1), effective from a date. Prices are not policy keys of
 * the catalog, so they live here; a bill copies the prices it was made with onto its lines.
 */
export interface FeeSchedule {
  propertyId: string;
  effectiveFrom: string;
  managementFenPerSqm: number;
  waterFenPerUnit: number;
  electricityFenPerUnit: number;
  gasFenPerUnit: number;
  isDefault: boolean;
}

/** Used until a property has its own schedule: 2.50 元/m²/month, water 3.50 元/m³, power 0.60 元/kWh, gas 3.00 元/m³. */
export const DEFAULT_FEES = {
  managementFenPerSqm: 250,
  waterFenPerUnit: 350,
  electricityFenPerUnit: 60,
  gasFenPerUnit: 300,
};

export async function feeScheduleAt(
  em: EntityManager,
  propertyId: string,
  asOf: string,
): Promise<FeeSchedule> {
  const r = await one(
    em,
    `select property_id, effective_from::text as effective_from, management_fen_per_sqm, water_fen_per_unit,
            electricity_fen_per_unit, gas_fen_per_unit
       from fee_schedules where property_id = ? and effective_from <= ? order by effective_from desc limit 1`,
    [propertyId, asOf],
  );
  if (!r) return { propertyId, effectiveFrom: '1970-01-01', ...DEFAULT_FEES, isDefault: true };
  return {
    propertyId,
    effectiveFrom: r.effective_from,
    managementFenPerSqm: r.management_fen_per_sqm,
    waterFenPerUnit: r.water_fen_per_unit,
    electricityFenPerUnit: r.electricity_fen_per_unit,
    gasFenPerUnit: r.gas_fen_per_unit,
    isDefault: false,
  };
}

export interface SetFeeScheduleInput {
  propertyId: string;
  effectiveFrom: string;
  managementFenPerSqm: number;
  waterFenPerUnit: number;
  electricityFenPerUnit: number;
  gasFenPerUnit: number;
}

export class FeeScheduleService {
  constructor(private db: Database) {}

  async set(principal: Principal, input: SetFeeScheduleInput): Promise<FeeSchedule> {
    assertPropertyVisible(principal, input.propertyId);
    const problems: { field: string; message: string }[] = [];
    if (!isCalendarDate(input.effectiveFrom))
      problems.push({ field: 'effectiveFrom', message: 'YYYY-MM-DD' });
    for (const f of [
      'managementFenPerSqm',
      'waterFenPerUnit',
      'electricityFenPerUnit',
      'gasFenPerUnit',
    ] as const)
      if (!Number.isInteger(input[f]) || input[f] < 0 || input[f] > 10_000_000)
        problems.push({ field: f, message: 'a non-negative whole number of fen' });
    if (problems.length) throw validationFailed('invalid fee schedule', problems);
    return this.db.tx(async (em) => {
      if (!(await propertyKnown(em, input.propertyId))) throw notFound('property');
      await q(
        em,
        `insert into fee_schedules (id, tenant_id, property_id, effective_from, management_fen_per_sqm, water_fen_per_unit,
           electricity_fen_per_unit, gas_fen_per_unit, set_by)
         values (?, app_current_tenant(), ?, ?, ?, ?, ?, ?, ?)
         on conflict (tenant_id, property_id, effective_from) do update set
           management_fen_per_sqm = excluded.management_fen_per_sqm, water_fen_per_unit = excluded.water_fen_per_unit,
           electricity_fen_per_unit = excluded.electricity_fen_per_unit, gas_fen_per_unit = excluded.gas_fen_per_unit,
           set_by = excluded.set_by`,
        [
          uuidv7(),
          input.propertyId,
          input.effectiveFrom,
          input.managementFenPerSqm,
          input.waterFenPerUnit,
          input.electricityFenPerUnit,
          input.gasFenPerUnit,
          principal.actor.id ?? null,
        ],
      );
      return feeScheduleAt(em, input.propertyId, input.effectiveFrom);
    }, principal);
  }

  async get(principal: Principal, propertyId: string, asOf: string): Promise<FeeSchedule | null> {
    if (principal.propertyScope !== 'ALL' && !principal.propertyScope.includes(propertyId)) return null;
    return this.db.tx(async (em) => {
      if (!(await propertyKnown(em, propertyId))) return null;
      return feeScheduleAt(em, propertyId, asOf);
    }, principal);
  }
}
