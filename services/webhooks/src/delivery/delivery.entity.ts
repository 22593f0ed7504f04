import { Entity, Enum, Index, ManyToOne, Opt, Property as Column, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity, foreignKey } from '@pm/db';
import { WebhookEventType } from '../event/event.catalog';
import { WebhookEvent } from '../event/event.entity';
import { WebhookSubscription } from '../subscription/subscription.entity';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  PARKED = 'PARKED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands (R-WHK-2).',
  valuesConfig: {
    PENDING: { description: 'Not yet taken: waiting for its first attempt or its next retry.' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    PARKED: { description: 'Retried for the whole retry window without a 2xx; sent again only by a replay.' },
  },
});

/** One event for one subscription: its attempts, its outcome and when it is tried next. */
@ObjectType('WebhookDelivery', { description: 'One event sent (or to be sent) to one subscription.' })
@Entity({ tableName: 'webhook_deliveries' })
@Unique({
  name: 'webhook_deliveries_subscription_id_event_id_key',
  properties: ['subscriptionId', 'eventId'],
})
@Index({ name: 'webhook_deliveries_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'webhook_deliveries_list_idx', properties: ['tenantId', 'subscriptionId', 'id'] })
@Index({
  name: 'webhook_deliveries_due_idx',
  expression: `create index webhook_deliveries_due_idx on webhook_deliveries (tenant_id, next_attempt_at) where status = 'PENDING'`,
})
export class WebhookDelivery extends TenantEntity {
  @Field(() => ID, { description: 'The delivery’s id (X-PM-Delivery-Id).' })
  declare id: string;

  @Field(() => ID, { description: 'The subscription it belongs to.' })
  @ManyToOne(() => WebhookSubscription, {
    ...foreignKey('webhook_deliveries_subscription_id_fkey'),
    deleteRule: 'cascade',
    fieldName: 'subscription_id',
  })
  subscriptionId!: string;

  @Field(() => ID, {
    description: 'The event’s id: the body’s `id` and X-PM-Event-Id, the same on every attempt and replay.',
  })
  @ManyToOne(() => WebhookEvent, {
    ...foreignKey('webhook_deliveries_event_id_fkey'),
    deleteRule: 'cascade',
    fieldName: 'event_id',
  })
  eventId!: string;

  @Field(() => WebhookEventType, { description: 'The event’s type.' })
  @Column({ type: 'text' })
  eventType!: WebhookEventType;

  @Field({ description: 'When the event happened (the body’s `occurredAt`).' })
  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: undefined, default: 'PENDING' })
  status: Opt<WebhookDeliveryStatus> = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'Attempts made since it was queued or last replayed.' })
  @Column({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  /** The first attempt since it was queued or replayed: the retry window runs from here. */
  @Column({ type: 'timestamptz', nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it is tried next; null unless PENDING.' })
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt?: Date | null;

  /** While a dispatcher is sending it: nobody else takes it before this (at-least-once on a crash). */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last tried.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The HTTP status of the last answer; null when there was none.',
  })
  @Column({ type: 'integer', nullable: true })
  lastResponseCode?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the last attempt failed without an HTTP answer: TIMEOUT, URL_NOT_ALLOWED (with the address), or the network error.',
  })
  @Column({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => Date, { nullable: true, description: 'When a 2xx was received.' })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;

  @Field(() => Int, { description: 'How many times it was replayed.' })
  @Column({ type: 'integer', default: 0 })
  replays: Opt<number> = 0;
}
