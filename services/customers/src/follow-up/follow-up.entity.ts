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
registerEnumType(FollowUpKind, {
  name: 'FollowUpKind',
  description: 'R-VIS-2: why a customer is owed a follow-up visit.',
  valuesConfig: {
    EVENT: { description: 'A sampled participant of a community event (社区活动回访).' },
    NEW_CUSTOMER: { description: 'A customer newly moved in (入伙回访).' },
  },
});

export enum FollowUpMethod {
  PHONE = 'PHONE',
  ON_SITE = 'ON_SITE',
}
registerEnumType(FollowUpMethod, {
  name: 'FollowUpMethod',
  description: 'R-VIS-3: how a follow-up visit was made.',
  valuesConfig: {
    PHONE: { description: 'By phone (电话回访).' },
    ON_SITE: { description: 'On site (上门回访); needs the customer’s signature.' },
  },
});

/** A community event held at a property (社区活动) and who took part (R-VIS-2). */
@ObjectType()
@Entity({ tableName: 'community_events' })
@Index({ name: 'community_events_tenant_id_idx', properties: ['tenantId'] })
export class CommunityEvent extends TenantEntity {
  @Field(() => ID, { description: 'The community event.' })
  declare id: string;

  @Field(() => ID, { description: 'The property where it was held.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field({ description: 'Name of the event.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => DateScalar, { description: 'Date held, YYYY-MM-DD in the property’s time zone.' })
  @Column({ type: 'date' })
  heldOn!: string;

  @Field(() => [ID], { description: 'Customers of the property who took part.' })
  @Column({ type: 'jsonb' })
  participantIds!: string[];
}

/**
 * A follow-up visit owed to a customer outside the ticket flow (R-VIS-2): to a sampled
 * participant of a community event, or to a new customer after move-in; due by `dueOn`.
 */
@ObjectType({
  description:
    'R-VIS-2: a follow-up visit (回访) owed to a customer outside the ticket flow, after a community event or a move-in, due by dueOn.',
})
@Entity({ tableName: 'customer_follow_ups' })
@Index({ name: 'customer_follow_ups_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'customer_follow_ups_due_idx', properties: ['tenantId', 'propertyId', 'dueOn'] })
@Unique({
  name: 'customer_follow_ups_source_key',
  properties: ['tenantId', 'kind', 'sourceId', 'customerId'],
})
export class CustomerFollowUp extends TenantEntity {
  @Field(() => ID, { description: 'The follow-up; recordFollowUpVisit names it.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => FollowUpKind, { description: 'Community event or new customer.' })
  @Enum({ items: () => FollowUpKind })
  kind!: FollowUpKind;

  @Field(() => ID, { description: 'The community event or the occupancy it follows.' })
  @Column({ type: 'uuid' })
  sourceId!: string;

  @Field(() => ID, { description: 'The customer to visit.' })
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

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Date of the visit made, YYYY-MM-DD in the property’s time zone; null until made.',
  })
  @Column({ type: 'date', nullable: true })
  visitedOn?: string | null;

  @Field(() => FollowUpMethod, { nullable: true, description: 'How the visit was made; null until made.' })
  @Enum({ items: () => FollowUpMethod, nullable: true })
  method?: FollowUpMethod | null;

  @Field(() => Int, { nullable: true, description: 'Satisfaction 1–5.' })
  @Column({ type: 'int', nullable: true })
  satisfaction?: number | null;

  @Field(() => String, { nullable: true, description: 'What the customer said (回访记录).' })
  @Column({ type: 'text', nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'Staff member (subject) who made the visit.' })
  @Column({ type: 'text', nullable: true })
  visitedBy?: string | null;
}
