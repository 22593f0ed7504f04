import { Entity, Index, ManyToOne, Property as Column, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';
import { ShopContractKind } from './shop-inspection.rules';

const NO_ACTION = { updateRule: 'no action', deleteRule: 'no action' } as const;

/**
 * R-CUS-15: a shop tenant (商户) under the inspection cycle (巡场): the customer in a unit of the
 * property and whether it serves food (餐饮). The flag is explicit rather than read from the
 * customer's free-text industry, because it decides the cycle and the contracts required.
 */
@ObjectType({
  description:
    'R-CUS-15: a shop tenant (商户) under the inspection cycle (巡场): a customer of the property in one of its units, F&B (餐饮) or not.',
})
@Entity({ tableName: 'shops' })
@Index({ name: 'shops_tenant_id_idx', properties: ['tenantId'] })
@Unique({ name: 'shops_unit_customer_key', properties: ['tenantId', 'unitId', 'customerId'] })
@Index({ name: 'shops_property_idx', properties: ['tenantId', 'propertyId'] })
export class Shop extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the shop record.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, { description: 'The unit the shop trades in.' })
  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => ID, { description: 'The tenant: the customer occupying the unit.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'shops_customer_id_fkey',
    ...NO_ACTION,
  })
  customerId!: string;

  @Field({
    description:
      'Food and beverage (餐饮): inspected monthly by default rather than quarterly, with duct-cleaning and pest-control contracts required.',
  })
  @Column({ type: 'boolean' })
  foodAndBeverage!: boolean;

  @Field(() => DateScalar, {
    description: 'Day registered (property time): the first inspection is due then.',
  })
  @Column({ type: 'date' })
  registeredOn!: string;
}

@ObjectType({
  description:
    'R-CUS-15: one inspection of a shop (巡场记录) with its findings and, when failed, the rectification notice (整改通知) deadline.',
})
@Entity({ tableName: 'shop_inspections' })
@Index({ name: 'shop_inspections_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'shop_inspections_shop_idx', properties: ['tenantId', 'shopId', 'inspectedOn'] })
export class ShopInspection extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the inspection.' })
  declare id: string;

  @Field(() => ID, { description: 'The shop inspected.' })
  @ManyToOne(() => Shop, {
    mapToPk: true,
    fieldName: 'shop_id',
    foreignKeyName: 'shop_inspections_shop_id_fkey',
    ...NO_ACTION,
  })
  shopId!: string;

  @Field(() => ID, { description: 'The property (that of the shop).' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => DateScalar, { description: 'Day of the inspection (property time).' })
  @Column({ type: 'date' })
  inspectedOn!: string;

  @Field({ description: 'Whether nothing needed putting right.' })
  @Column({ type: 'boolean' })
  passed!: boolean;

  @Field(() => String, { description: 'What was found; required when failed.', nullable: true })
  @Column({ type: 'text', nullable: true })
  findings?: string | null;

  @Field(() => DateScalar, {
    description: 'Deadline of the rectification notice (整改通知) of a failed inspection; null when passed.',
    nullable: true,
  })
  @Column({ type: 'date', nullable: true })
  rectificationDeadline?: string | null;

  @Field(() => DateScalar, {
    description: 'Day the rectification was done; null while open.',
    nullable: true,
  })
  @Column({ type: 'date', nullable: true })
  rectifiedOn?: string | null;

  @Field(() => String, { description: 'Staff member (subject) who inspected.', nullable: true })
  @Column({ type: 'text', nullable: true })
  inspectedBy?: string | null;
}

@ObjectType({
  description:
    'R-CUS-15: a contract of an F&B shop on file (合同备案): kitchen-exhaust duct cleaning (油烟管道清洁) or pest control (四害消杀).',
})
@Entity({ tableName: 'shop_contracts' })
@Index({ name: 'shop_contracts_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'shop_contracts_shop_idx', properties: ['tenantId', 'shopId'] })
export class ShopContract extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the contract record.' })
  declare id: string;

  @Field(() => ID, { description: 'The shop.' })
  @ManyToOne(() => Shop, {
    mapToPk: true,
    fieldName: 'shop_id',
    foreignKeyName: 'shop_contracts_shop_id_fkey',
    ...NO_ACTION,
  })
  shopId!: string;

  @Field(() => ID, { description: 'The property (that of the shop).' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ShopContractKind, { description: 'What the contract covers.' })
  @Column({ type: 'text' })
  kind!: ShopContractKind;

  @Field({ description: 'The contractor.' })
  @Column({ type: 'text' })
  contractor!: string;

  @Field(() => DateScalar, { description: 'First day in force.' })
  @Column({ type: 'date' })
  validFrom!: string;

  @Field(() => DateScalar, { description: 'Last day in force.' })
  @Column({ type: 'date' })
  validTo!: string;
}

@ObjectType({ description: 'R-CUS-15: a kitchen-exhaust duct cleaning carried out (油烟管道清洁实施记录).' })
@Entity({ tableName: 'duct_cleanings' })
@Index({ name: 'duct_cleanings_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'duct_cleanings_shop_idx', properties: ['tenantId', 'shopId', 'cleanedOn'] })
export class DuctCleaning extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the record.' })
  declare id: string;

  @Field(() => ID, { description: 'The shop.' })
  @ManyToOne(() => Shop, {
    mapToPk: true,
    fieldName: 'shop_id',
    foreignKeyName: 'duct_cleanings_shop_id_fkey',
    ...NO_ACTION,
  })
  shopId!: string;

  @Field(() => ID, { description: 'The property (that of the shop).' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => DateScalar, { description: 'Day cleaned (property time).' })
  @Column({ type: 'date' })
  cleanedOn!: string;

  @Field(() => String, { description: 'Who cleaned it; null when not given.', nullable: true })
  @Column({ type: 'text', nullable: true })
  contractor?: string | null;
}
