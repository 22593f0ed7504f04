import { Check, Entity, Index, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

/** Fee item prices of a property from a date (R-BIL-1); a bill copies the prices it used. */
@Entity({ tableName: 'fee_schedules' })
@Unique({
  name: 'fee_schedules_tenant_id_property_id_effective_from_key',
  properties: ['tenantId', 'propertyId', 'effectiveFrom'],
})
@Index({ name: 'fee_schedules_tenant_id_idx', properties: ['tenantId'] })
export class FeeSchedule extends TenantEntity {
  @Property({ type: 'uuid' })
  propertyId!: string;

  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'integer' })
  @Check({ name: 'fee_schedules_management_fen_per_sqm_check', expression: 'management_fen_per_sqm >= 0' })
  managementFenPerSqm!: number;

  @Property({ type: 'integer' })
  @Check({ name: 'fee_schedules_water_fen_per_unit_check', expression: 'water_fen_per_unit >= 0' })
  waterFenPerUnit!: number;

  @Property({ type: 'integer' })
  @Check({
    name: 'fee_schedules_electricity_fen_per_unit_check',
    expression: 'electricity_fen_per_unit >= 0',
  })
  electricityFenPerUnit!: number;

  @Property({ type: 'integer' })
  @Check({ name: 'fee_schedules_gas_fen_per_unit_check', expression: 'gas_fen_per_unit >= 0' })
  gasFenPerUnit!: number;

  /** Air-conditioning management fee (空调管理费) per m² per month; 0 where the property has no central air-conditioning. */
  @Property({ type: 'integer', default: 0 })
  @Check({
    name: 'fee_schedules_air_conditioning_fen_per_sqm_check',
    expression: 'air_conditioning_fen_per_sqm >= 0',
  })
  airConditioningFenPerSqm!: number;

  /** Renovation management fee (装修管理费) per m², charged once per renovation deposit received. */
  @Property({ type: 'integer', default: 0 })
  @Check({
    name: 'fee_schedules_renovation_management_fen_per_sqm_check',
    expression: 'renovation_management_fen_per_sqm >= 0',
  })
  renovationManagementFenPerSqm!: number;

  @Property({ type: 'text', nullable: true })
  setBy?: string | null;
}
