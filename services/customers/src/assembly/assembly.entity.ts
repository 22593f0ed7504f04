import { Entity, Index, ManyToOne, Opt, Property as Column } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';

/** A tenant assembly (全体租户大会, 第2篇 4.7/4.10, R-CUS-14) with its minutes and attendance. */
@ObjectType()
@Entity({ tableName: 'tenant_assemblies' })
@Index({ name: 'tenant_assemblies_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'tenant_assemblies_property_idx', properties: ['tenantId', 'propertyId', 'heldOn'] })
export class TenantAssembly extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the assembly.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => DateScalar, {
    description: 'Day held (YYYY-MM-DD), property-local.',
  })
  @Column({ type: 'date' })
  heldOn!: string;

  @Field({ description: 'The minutes (会议记录).' })
  @Column({ type: 'text' })
  minutes!: string;

  @Field(() => [ID], { description: 'Customers spoken to face to face at the assembly.' })
  @Column({ type: 'jsonb' })
  attendeeIds!: string[];

  @Field({ description: 'Staff member (subject) who recorded it.' })
  @Column({ type: 'text' })
  recordedBy!: string;
}

/** A request or suggestion raised at an assembly (诉求记录) and the reply it got. */
@ObjectType({
  description: 'A request or suggestion raised at a tenant assembly (诉求记录) and its reply.',
})
@Entity({ tableName: 'assembly_requests' })
@Index({ name: 'assembly_requests_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'assembly_requests_assembly_idx', properties: ['tenantId', 'assemblyId'] })
export class AssemblyRequest extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the request.' })
  declare id: string;

  @Field(() => ID, { description: 'The assembly it was raised at.' })
  @ManyToOne(() => TenantAssembly, {
    mapToPk: true,
    fieldName: 'assembly_id',
    foreignKeyName: 'assembly_requests_assembly_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  assemblyId!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, { nullable: true, description: 'Who raised it, when known.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    nullable: true,
    fieldName: 'customer_id',
    foreignKeyName: 'assembly_requests_customer_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  customerId?: string | null;

  @Field({ description: 'What was asked.' })
  @Column({ type: 'text' })
  text!: string;

  /**
   * Its place among the assembly's requests, as raised: ids made in the same millisecond do not
   * keep that order.
   */
  @Column({ type: 'int', default: 0 })
  position: Opt<number> = 0;

  @Field(() => String, {
    description: 'The reply; null until replied.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  reply?: string | null;

  @Field(() => Date, {
    description: 'When replied (UTC); null before.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  repliedAt?: Date | null;

  @Field(() => String, {
    description: 'Staff member (subject) who replied; null before.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  repliedBy?: string | null;
}
