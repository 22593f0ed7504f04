import { Entity, Index, PrimaryKey, Property as Column } from '@mikro-orm/core';
import { TenantOwned } from '@pm/db';

/**
 * A domain event of the company kept for delivery and replay: its id is the event's own (the
 * body's `id` and X-PM-Event-Id), so a receiver de-duplicates by it. Kept only while a
 * subscription of the company lists its type, for WEBHOOKS_RETENTION_DAYS.
 */
@Entity({ tableName: 'webhook_events' })
@Index({ name: 'webhook_events_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'webhook_events_occurred_idx', properties: ['tenantId', 'occurredAt'] })
export class WebhookEvent extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The event type (`ticket.created`). */
  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  /** The envelope's time, stamped by the publisher's outbox. */
  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  /** The event's payload as published: the body's `data`. */
  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;
}
