import { EventHandler } from '@pm/events';
import { Clock } from '@pm/time';
import { WebhookDelivery } from '../delivery/delivery.entity';
import { WebhookSubscription, WebhookSubscriptionStatus } from '../subscription/subscription.entity';
import { WEBHOOK_EVENTS, WebhookEventType, consumerNameOf } from './event.catalog';
import { WebhookEvent } from './event.entity';

/** Whether a subscription wants an event of this type and property that happened at `occurredAt`. */
export function wants(
  s: Pick<WebhookSubscription, 'events' | 'propertyIds' | 'status' | 'createdAt'>,
  type: WebhookEventType,
  propertyId: string,
  occurredAt: Date,
): boolean {
  return (
    s.status === WebhookSubscriptionStatus.ACTIVE &&
    s.events.includes(type) &&
    (!s.propertyIds.length || s.propertyIds.includes(propertyId)) &&
    // A subscription receives what happens after it was made; older events come by replay only.
    occurredAt >= s.createdAt
  );
}

/**
 * One durable consumer per event type of the catalog. It runs in the event's own tenant (the
 * envelope's, checked by EventConsumer against the publisher's domain), so RLS shows it that
 * company's subscriptions and no other's (R-WHK-1). In the consumer's transaction (with its inbox
 * row, so a redelivered event queues nothing twice) the event is kept and a PENDING delivery is
 * queued for each subscription that wants it; the dispatcher sends them. A delivery consumer
 * created late starts from the stream, never from an owner's snapshot (state, not events).
 */
export function webhookEventHandlers(clock: Clock): EventHandler<any>[] {
  return (Object.keys(WEBHOOK_EVENTS) as WebhookEventType[]).map((type) => ({
    name: consumerNameOf(type),
    contract: WEBHOOK_EVENTS[type].contract,
    snapshot: false,
    async handle(em, payload: Record<string, unknown>, envelope) {
      const subs = (await em.find(WebhookSubscription, {})).filter((s) => s.events.includes(type));
      // Kept only for companies that listen for the type: replay needs it, nobody else does.
      if (!subs.length) return;
      const propertyId = String(payload.propertyId);
      const occurredAt = new Date(envelope.occurredAt);
      await em.upsert(
        WebhookEvent,
        { id: envelope.id, type, propertyId, occurredAt, data: payload },
        { onConflictAction: 'ignore' },
      );
      const now = clock.now();
      for (const s of subs.filter((x) => wants(x, type, propertyId, occurredAt)))
        em.create(WebhookDelivery, {
          subscriptionId: s.id,
          eventId: envelope.id,
          eventType: type,
          occurredAt,
          nextAttemptAt: now,
        });
      await em.flush();
    },
  }));
}
