import { Entity, Index, ManyToOne, Opt, Property as Column, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { Customer } from '../customer/customer.entity';
import { Notice } from '../notice/notice.entity';

const NO_ACTION = { updateRule: 'no action', deleteRule: 'no action' } as const;

@ObjectType({ description: 'R-CUS-9: a fire-safety inspection of a property for one cycle (消防检查).' })
@Entity({ tableName: 'fire_safety_inspections' })
@Index({ name: 'fire_safety_inspections_tenant_id_idx', properties: ['tenantId'] })
@Unique({ name: 'fire_safety_inspections_period_key', properties: ['tenantId', 'propertyId', 'period'] })
export class FireSafetyInspection extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the inspection.' })
  declare id: string;

  @Field(() => ID, { description: 'The property inspected.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field({
    description:
      'The cycle, from customers.fireSafetyInspectionFrequency: YYYY-MM monthly, the Monday weekly, YYYY-MM-DD daily, YYYY-Qn quarterly, YYYY yearly.',
  })
  @Column({ type: 'text' })
  period!: string;

  @Field(() => String, { description: 'OPEN while findings are recorded, then DONE.' })
  @Column({ type: 'text', default: 'OPEN' })
  status: Opt<string> = 'OPEN';

  @Field(() => Date, { description: 'When it was completed (UTC); null while open.', nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;
}

@ObjectType({ description: 'R-CUS-9: what a fire-safety inspection found in one unit.' })
@Entity({ tableName: 'fire_safety_findings' })
@Index({ name: 'fire_safety_findings_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'fire_safety_findings_inspection_idx', properties: ['tenantId', 'inspection'] })
export class FireSafetyFinding extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the finding.' })
  declare id: string;

  @ManyToOne(() => FireSafetyInspection, {
    fieldName: 'inspection_id',
    foreignKeyName: 'fire_safety_findings_inspection_id_fkey',
    ...NO_ACTION,
  })
  inspection!: FireSafetyInspection;

  @Field(() => ID, { description: 'The property (that of the inspection).' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, { description: 'The unit.' })
  @Column({ type: 'uuid' })
  unitId!: string;

  @Field({ description: 'What was found.' })
  @Column({ type: 'text' })
  description!: string;

  @Field({ description: 'Whether it must be put right (整改): a rectification letter is drafted.' })
  @Column({ type: 'boolean' })
  needsRectification!: boolean;

  @Field(() => ID, {
    description: 'The unit’s customer the rectification letter is to; null when none or the unit is empty.',
    nullable: true,
  })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'fire_safety_findings_customer_id_fkey',
    nullable: true,
    ...NO_ACTION,
  })
  customerId?: string | null;

  @Field(() => ID, {
    description:
      'The drafted rectification letter (approved, sent and signed as any letter); null when none.',
    nullable: true,
  })
  @ManyToOne(() => Notice, {
    mapToPk: true,
    fieldName: 'notice_id',
    foreignKeyName: 'fire_safety_findings_notice_id_fkey',
    nullable: true,
    ...NO_ACTION,
  })
  noticeId?: string | null;

  @Column({ type: 'text', nullable: true })
  recordedBy?: string | null;
}
