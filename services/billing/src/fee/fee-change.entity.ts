import { Check, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar, FenScalar } from '@pm/graphql';
import { FeeApprovalAuthority, FeeChangeStatus } from './fee-change.rules';

registerEnumType(FeeChangeStatus, {
  name: 'FeeChangeStatus',
  description:
    'PROPOSED, APPROVED (approval on record), NOTIFIED (announced to customers; in force from its date).',
  valuesConfig: {
    PROPOSED: { description: 'Proposed, waiting for approval.' },
    APPROVED: { description: 'Approved by someone other than the proposer; not yet announced.' },
    NOTIFIED: { description: 'Announced to customers; the prices apply from the effective date.' },
  },
});

registerEnumType(FeeApprovalAuthority, {
  name: 'FeeApprovalAuthority',
  description: 'Who approved a fee change (第4篇 3.3): the owners’ committee or the price bureau.',
  valuesConfig: {
    OWNERS_COMMITTEE: { description: 'The owners’ committee (业主委员会).' },
    PRICE_BUREAU: { description: 'The price authority (物价部门).' },
  },
});

/**
 * A fee change (收费标准调整, R-BIL-11): new prices of a property from a date, which become its
 * fee schedule only once approved and announced the policy's notice days ahead.
 */
@ObjectType({ description: 'A change of the fee item prices of a property (收费标准调整, R-BIL-11).' })
@Entity({ tableName: 'fee_changes' })
@Index({ name: 'fee_changes_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'fee_changes_property_idx', properties: ['tenantId', 'propertyId', 'effectiveFrom'] })
export class FeeChange extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the fee change.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Property({ type: 'uuid' })
  propertyId!: string;

  @Field(() => DateScalar, { description: 'First day the new prices apply (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => FenScalar, { description: 'Management fee per m² per month, fen.' })
  @Property({ type: 'integer' })
  @Check({ name: 'fee_changes_management_fen_per_sqm_check', expression: 'management_fen_per_sqm >= 0' })
  managementFenPerSqm!: number;

  @Field(() => FenScalar, { description: 'Water price per m³, fen.' })
  @Property({ type: 'integer' })
  @Check({ name: 'fee_changes_water_fen_per_unit_check', expression: 'water_fen_per_unit >= 0' })
  waterFenPerUnit!: number;

  @Field(() => FenScalar, { description: 'Electricity price per kWh, fen.' })
  @Property({ type: 'integer' })
  @Check({ name: 'fee_changes_electricity_fen_per_unit_check', expression: 'electricity_fen_per_unit >= 0' })
  electricityFenPerUnit!: number;

  @Field(() => FenScalar, { description: 'Gas price per m³, fen.' })
  @Property({ type: 'integer' })
  @Check({ name: 'fee_changes_gas_fen_per_unit_check', expression: 'gas_fen_per_unit >= 0' })
  gasFenPerUnit!: number;

  @Field(() => FenScalar, {
    description: 'Air-conditioning management fee (空调管理费) per m² per month, fen.',
  })
  @Property({ type: 'integer' })
  @Check({
    name: 'fee_changes_air_conditioning_fen_per_sqm_check',
    expression: 'air_conditioning_fen_per_sqm >= 0',
  })
  airConditioningFenPerSqm!: number;

  @Field(() => FenScalar, {
    description: 'Renovation management fee (装修管理费) per m², once per renovation, fen.',
  })
  @Property({ type: 'integer' })
  @Check({
    name: 'fee_changes_renovation_management_fen_per_sqm_check',
    expression: 'renovation_management_fen_per_sqm >= 0',
  })
  renovationManagementFenPerSqm!: number;

  @Field(() => String, {
    description: 'Why the prices change (e.g. actual costs rose); null when none.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => FeeChangeStatus, { description: 'PROPOSED, APPROVED or NOTIFIED.' })
  @Enum({ items: () => FeeChangeStatus })
  status!: FeeChangeStatus;

  @Field({ description: 'When it was proposed (UTC).', name: 'proposedAt' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  declare createdAt: Date;

  @Field(() => String, {
    description: 'Who proposed it (user id); null for a system account.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  proposedBy?: string | null;

  @Field(() => String, {
    description: 'Who recorded the approval (user id); null until approved.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  approvedBy?: string | null;

  @Field(() => Date, {
    description: 'When the approval was recorded (UTC); null until approved.',
    nullable: true,
  })
  @Property({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;

  @Field(() => FeeApprovalAuthority, {
    description: 'Who approved it: OWNERS_COMMITTEE or PRICE_BUREAU; null until approved.',
    nullable: true,
  })
  @Enum({ items: () => FeeApprovalAuthority, nullable: true })
  approvalAuthority?: FeeApprovalAuthority | null;

  @Field(() => String, {
    description: 'Reference of the approval document (resolution or filing number); null until approved.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  approvalReference?: string | null;

  @Field(() => DateScalar, {
    description: 'Day the notice was posted to customers (YYYY-MM-DD); null until announced.',
    nullable: true,
  })
  @Property({ type: 'date', nullable: true })
  noticeDate?: string | null;

  @Field(() => String, {
    description: 'Who recorded the notice (user id); null until announced.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  notifiedBy?: string | null;
}
