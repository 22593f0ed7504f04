import { Entity, Index, ManyToOne, Opt, Property as Column } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';
import { ChecklistItem } from './occupancy.rules';
import { MeterKind } from './occupancy.types';

@ObjectType({
  description: 'One item of the move-in checklist and whether it is done.',
})
export class ChecklistEntryType {
  @Field(() => ChecklistItem, { description: 'The item.' })
  item!: ChecklistItem;

  @Field({ description: 'Whether it is done.' })
  done!: boolean;
}

@ObjectType({ description: 'A meter reading taken when the unit was handed over.' })
export class MeterReadingAtHandover {
  @Field(() => MeterKind, { description: 'Which meter.' })
  meter!: MeterKind;

  @Field(() => Float, { description: 'The reading (m³ or kWh).' })
  reading!: number;
}

@ObjectType({ description: 'A dated link between a customer and a unit (R-CUS-1).' })
@Entity({ tableName: 'occupancies' })
@Index({ name: 'occupancies_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'occupancies_customer_idx', properties: ['tenantId', 'customerId'] })
@Index({ name: 'occupancies_unit_idx', properties: ['tenantId', 'unitId'] })
@Index({ name: 'occupancies_property_start_idx', properties: ['tenantId', 'propertyId', 'startDate'] })
@Index({ name: 'occupancies_property_end_idx', properties: ['tenantId', 'propertyId', 'endDate'] })
@Index({
  name: 'occupancies_one_owner_uq',
  expression:
    "create unique index occupancies_one_owner_uq on occupancies (tenant_id, unit_id) where kind = 'OWNER' and end_date is null",
})
export class Occupancy extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the occupancy.' })
  declare id: string;

  @Field(() => ID, { description: 'The customer.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'occupancies_customer_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  customerId!: string;

  @Field(() => ID, { description: 'The unit occupied.' })
  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => ID, { description: 'The property of the unit.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field({
    description: 'OWNER, LESSEE or OCCUPANT: in which capacity the customer occupies the unit.',
  })
  @Column({ type: 'text' })
  kind!: string;

  @Field(() => DateScalar, {
    description: 'First day of the occupancy (YYYY-MM-DD).',
  })
  @Column({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, {
    description: 'Last day (YYYY-MM-DD); null while it lasts.',
    nullable: true,
  })
  @Column({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => [ChecklistEntryType], {
    description: 'Every item of the move-in procedure and whether it is done.',
  })
  @Column({ type: 'jsonb' })
  checklist!: ChecklistEntryType[];

  @Field(() => [ChecklistItem], { description: 'Items of the procedure still open.' })
  get openItems(): Opt<ChecklistItem[]> {
    return this.checklist.filter((c) => !c.done).map((c) => c.item);
  }

  @Field(() => [MeterReadingAtHandover], {
    description: 'Meter readings recorded at handover (房屋交接验收表).',
  })
  @Column({ type: 'jsonb', default: '[]' })
  meterReadings: Opt<MeterReadingAtHandover[]> = [];

  @Field(() => Int, { description: 'Keys handed over to the customer.' })
  @Column({ type: 'integer', default: 0 })
  keysHandedOver: Opt<number> = 0;

  @Field(() => Int, { description: 'Keys kept back while defects are open (R-CUS-4).' })
  @Column({ type: 'integer', default: 0 })
  keysRetained: Opt<number> = 0;
}

/** R-CUS-4: the move-in notice (入伙通知书) with its deadline; reminder and escalation are jobs. */
@ObjectType({
  description:
    'A move-in notice (入伙通知书) with its deadline; reminder and escalation follow (see R-CUS-4 in docs/domain-rules.md).',
})
@Entity({ tableName: 'move_in_notices' })
@Index({ name: 'move_in_notices_tenant_id_idx', properties: ['tenantId'] })
export class MoveInNotice extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the notice.' })
  declare id: string;

  @Field(() => ID, { description: 'The customer.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'move_in_notices_customer_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  customerId!: string;

  @Field(() => ID, { description: 'The unit.' })
  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => DateScalar, { description: 'Move-in deadline (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  deadline!: string;

  @Field(() => String, { description: 'SENT, REMINDED, ESCALATED or DONE.' })
  @Column({ type: 'text', default: 'SENT' })
  status: Opt<string> = 'SENT';

  @Column({ type: 'timestamptz', nullable: true })
  remindedAt?: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt?: Date | null;
}
