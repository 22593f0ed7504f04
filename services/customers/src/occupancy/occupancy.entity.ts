import { Entity, Index, ManyToOne, Opt, Property as Column } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';
import { ChecklistItem } from './occupancy.rules';
import { MeterKind } from './occupancy.types';

@ObjectType()
export class ChecklistEntryType {
  @Field(() => ChecklistItem)
  item!: ChecklistItem;

  @Field()
  done!: boolean;
}

@ObjectType()
export class MeterReadingAtHandover {
  @Field(() => MeterKind)
  meter!: MeterKind;

  @Field(() => Float)
  reading!: number;
}

@ObjectType({ description: 'A dated link between a customer and a unit (R-CUS-1).' })
@Entity({ tableName: 'occupancies' })
@Index({ name: 'occupancies_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'occupancies_customer_idx', properties: ['tenantId', 'customerId'] })
@Index({ name: 'occupancies_unit_idx', properties: ['tenantId', 'unitId'] })
@Index({
  name: 'occupancies_one_owner_uq',
  expression:
    "create unique index occupancies_one_owner_uq on occupancies (tenant_id, unit_id) where kind = 'OWNER' and end_date is null",
})
export class Occupancy extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'occupancies_customer_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  customerId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field()
  @Column({ type: 'text' })
  kind!: string;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => [ChecklistEntryType])
  @Column({ type: 'jsonb' })
  checklist!: ChecklistEntryType[];

  @Field(() => [ChecklistItem], { description: 'Items of the procedure still open.' })
  get openItems(): Opt<ChecklistItem[]> {
    return this.checklist.filter((c) => !c.done).map((c) => c.item);
  }

  @Field(() => [MeterReadingAtHandover])
  @Column({ type: 'jsonb', default: '[]' })
  meterReadings: Opt<MeterReadingAtHandover[]> = [];

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  keysHandedOver: Opt<number> = 0;

  @Field(() => Int, { description: 'Keys kept back while defects are open (R-CUS-4).' })
  @Column({ type: 'integer', default: 0 })
  keysRetained: Opt<number> = 0;
}

/** R-CUS-4: the move-in notice (入伙通知书) with its deadline; reminder and escalation are jobs. */
@ObjectType()
@Entity({ tableName: 'move_in_notices' })
@Index({ name: 'move_in_notices_tenant_id_idx', properties: ['tenantId'] })
export class MoveInNotice extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'move_in_notices_customer_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  customerId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => DateScalar)
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
