import { Entity, Enum, Index, Opt, Property as Column } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { WebhookEventType } from '../event/event.catalog';

export enum WebhookSubscriptionStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(WebhookSubscriptionStatus, {
  name: 'WebhookSubscriptionStatus',
  description: 'Whether a subscription receives deliveries.',
  valuesConfig: {
    ACTIVE: { description: 'New events are queued and pending deliveries are sent.' },
    DISABLED: {
      description:
        'Nothing is queued or sent; pending deliveries wait. Events are still kept, so a replay after enabling fills the gap.',
    },
  },
});

/** A company's webhook: where its chosen events go, signed with a secret only it and we know (R-WHK-1). */
@ObjectType('WebhookSubscription', {
  description: 'A URL of the company’s own systems that receives the events it lists, signed (R-WHK-1).',
})
@Entity({ tableName: 'webhook_subscriptions' })
@Index({ name: 'webhook_subscriptions_tenant_id_idx', properties: ['tenantId'] })
export class WebhookSubscription extends TenantEntity {
  @Field(() => ID, { description: 'The subscription’s id.' })
  declare id: string;

  @Field({
    description: 'The http(s) URL the deliveries are POSTed to; its addresses must be public (R-WHK-3).',
  })
  @Column({ type: 'text' })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The event types it receives.' })
  @Column({ type: 'text[]' })
  events!: WebhookEventType[];

  @Field(() => [ID], {
    description: 'The properties whose events it receives; empty = every property of the company.',
  })
  @Column({ type: 'text[]', default: '{}' })
  propertyIds!: string[];

  @Field(() => String, { nullable: true, description: 'What it is for, as the administrator wrote it.' })
  @Column({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => WebhookSubscriptionStatus, { description: 'Whether it receives deliveries.' })
  @Enum({ items: () => WebhookSubscriptionStatus, nativeEnumName: undefined, default: 'ACTIVE' })
  status: Opt<WebhookSubscriptionStatus> = WebhookSubscriptionStatus.ACTIVE;

  /** The signing secret, sealed (SecretBox); the clear text is shown once, at creation. */
  @Column({ type: 'text' })
  secretSealed!: string;

  /** Who made it (the token's subject: a user or a partner client). */
  @Column({ type: 'text', nullable: true })
  createdBy?: string | null;

  @Field({ description: 'When it was made.' })
  declare createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last disabled; null while active.' })
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret, shown once in the answer to createWebhookSubscription and null afterwards: keep it, it verifies X-PM-Signature.',
  })
  secret?: string;
}
