import { FilterQuery } from '@mikro-orm/core';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { ConnectionShape, PageArgs, decodePage, notFound, toConnection, validationFailed } from '@pm/graphql';
import { Clock } from '@pm/time';
import { WebhookEventType } from '../event/event.catalog';
import { WebhookEvent } from '../event/event.entity';
import { WebhookSubscription } from '../subscription/subscription.entity';
import { WebhookDelivery, WebhookDeliveryStatus } from './delivery.entity';

/** Events one replay queues; more → `hasMore`, and the caller replays again from `nextFrom`. */
export const MAX_REPLAY = 1000;

export class DeliveryService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** A subscription's deliveries, newest first; another company's subscription is NOT_FOUND. */
  list(
    principal: Principal,
    subscriptionId: string,
    status: WebhookDeliveryStatus | undefined,
    page: PageArgs,
  ): Promise<ConnectionShape<WebhookDelivery>> {
    const { limit, afterId } = decodePage(page);
    return this.db.tx(async (em) => {
      if (!(await em.findOne(WebhookSubscription, { id: subscriptionId })))
        throw notFound('webhook subscription');
      const where: FilterQuery<WebhookDelivery> = { subscriptionId, ...(status ? { status } : {}) };
      const totalCount = await em.count(WebhookDelivery, where);
      const rows = await em.find(
        WebhookDelivery,
        { ...where, ...(afterId ? { id: { $lt: afterId } } : {}) },
        { orderBy: { id: 'desc' }, limit: limit + 1 },
      );
      return toConnection(rows, limit, totalCount);
    }, principal);
  }

  /**
   * Sends again every kept event of the subscription's types and properties that occurred at or
   * after `from`, oldest first: a delivery that exists (delivered, parked or pending) starts
   * over with a fresh retry window; an event it never had (before it was made, or while it was
   * disabled) is queued for the first time. The body and event id are the same as before.
   */
  replay(principal: Principal, subscriptionId: string, from: Date) {
    const now = this.clock.now();
    if (Number.isNaN(from.getTime()))
      throw validationFailed('from is not a time', [{ field: 'from', message: 'not a time' }]);
    return this.db.tx(async (em) => {
      const s = await em.findOne(WebhookSubscription, { id: subscriptionId });
      if (!s) throw notFound('webhook subscription');
      const events = await em.find(
        WebhookEvent,
        {
          occurredAt: { $gte: from },
          type: { $in: s.events },
          ...(s.propertyIds.length ? { propertyId: { $in: s.propertyIds } } : {}),
        },
        { orderBy: { occurredAt: 'asc', id: 'asc' }, limit: MAX_REPLAY + 1 },
      );
      const take = events.slice(0, MAX_REPLAY);
      const existing = new Map(
        (await em.find(WebhookDelivery, { subscriptionId, eventId: { $in: take.map((e) => e.id) } })).map(
          (d) => [d.eventId, d],
        ),
      );
      for (const e of take) {
        const d = existing.get(e.id);
        if (d)
          em.assign(d, {
            status: WebhookDeliveryStatus.PENDING,
            attempts: 0,
            startedAt: null,
            nextAttemptAt: now,
            replays: d.replays + 1,
          });
        else
          em.create(WebhookDelivery, {
            subscriptionId,
            eventId: e.id,
            eventType: e.type as WebhookEventType,
            occurredAt: e.occurredAt,
            nextAttemptAt: now,
          });
      }
      await em.flush();
      const hasMore = events.length > MAX_REPLAY;
      return { queued: take.length, hasMore, nextFrom: hasMore ? events[MAX_REPLAY].occurredAt : null };
    }, principal);
  }
}
