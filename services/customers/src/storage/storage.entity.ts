import { Entity, Index, ManyToOne, Property as Column } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { Customer } from '../customer/customer.entity';

/**
 * One line of the front desk's temporary storage log (租户临时物品寄存记录表, R-CUS-10): what a
 * customer left, when and with whom, and when, to whom and by whom it went back.
 */
@ObjectType()
@Entity({ tableName: 'storage_items' })
@Index({ name: 'storage_items_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'storage_items_property_open_idx', properties: ['tenantId', 'propertyId', 'returnedAt'] })
export class StorageItem extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the log line.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, { description: 'The customer who left the item.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'storage_items_customer_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  customerId!: string;

  @Field({ description: 'What the item is.' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => Int, { description: 'Number of pieces.' })
  @Column({ type: 'int' })
  quantity!: number;

  @Field({ description: 'When the front desk took the item.' })
  @Column({ type: 'timestamptz' })
  storedAt!: Date;

  @Field({ description: 'Staff member (subject) who took the item.' })
  @Column({ type: 'text' })
  storedBy!: string;

  @Field(() => Date, { nullable: true, description: 'When the item went back; null while it is held.' })
  @Column({ type: 'timestamptz', nullable: true })
  returnedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Name of the person who collected the item.' })
  @Column({ type: 'text', nullable: true })
  collectedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Staff member (subject) who handed the item back.' })
  @Column({ type: 'text', nullable: true })
  returnedBy?: string | null;
}
