import { Entity, Enum, Index, ManyToOne, Property as Column, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';

export enum FollowUpKind {
  /** A participant of a community event (社区活动). */
  EVENT = 'EVENT',
  /** A customer newly moved in (入伙回访). */
  NEW_CUSTOMER = 'NEW_CUSTOMER',
}
registerEnumType(FollowUpKind, { name: 'FollowUpKind' });

export enum FollowUpMethod {
  PHONE = 'PHONE',
  ON_SITE = 'ON_SITE',
}
registerEnumType(FollowUpMethod, { name: 'FollowUpMethod' });

/** A community event held at a property (社区活动) and who took part (R-VIS-2). */
@ObjectType()
@Entity({ tableName: 'community_events' })
@Index({ name: 'community_events_tenant_id_idx', properties: ['tenantId'] })
export class CommunityEvent extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  heldOn!: string;

  @Field(() => [ID])
  @Column({ type: 'jsonb' })
  participantIds!: string[];
}

/**
 * A follow-up visit owed to a customer outside the ticket flow (R-VIS-2): to a sampled
 * participant of a community event, or to a new customer after move-in; due by `dueOn`.
 */
@ObjectType()
@Entity({ tableName: 'customer_follow_ups' })
@Index({ name: 'customer_follow_ups_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'customer_follow_ups_due_idx', properties: ['tenantId', 'propertyId', 'dueOn'] })
@Unique({
  name: 'customer_follow_ups_source_key',
  properties: ['tenantId', 'kind', 'sourceId', 'customerId'],
})
export class CustomerFollowUp extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => FollowUpKind)
  @Enum({ items: () => FollowUpKind })
  kind!: FollowUpKind;

  @Field(() => ID, { description: 'The community event or the occupancy it follows.' })
  @Column({ type: 'uuid' })
  sourceId!: string;

  @Field(() => ID)
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'customer_follow_ups_customer_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  customerId!: string;

  @Field(() => DateScalar, { description: 'Property-local date by which the visit is due.' })
  @Column({ type: 'date' })
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  visitedOn?: string | null;

  @Field(() => FollowUpMethod, { nullable: true })
  @Enum({ items: () => FollowUpMethod, nullable: true })
  method?: FollowUpMethod | null;

  @Field(() => Int, { nullable: true, description: 'Satisfaction 1–5.' })
  @Column({ type: 'int', nullable: true })
  satisfaction?: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'Staff member (subject) who made the visit.' })
  @Column({ type: 'text', nullable: true })
  visitedBy?: string | null;
}
