import { serviceEntry } from '@pm/contracts';
import { WEBHOOK_EVENTS, WebhookEventType, consumerNameOf } from './event.catalog';
import { wants } from './event.consumers';
import { WebhookSubscriptionStatus } from '../subscription/subscription.entity';

describe('webhook event catalog', () => {
  const types = Object.values(WebhookEventType);

  it('each type is its contract’s type and names a property (the subscription filter)', () => {
    for (const t of types) {
      expect(WEBHOOK_EVENTS[t].contract.type).toBe(t);
      expect(WEBHOOK_EVENTS[t].contract.shape).toMatchObject({ propertyId: 'uuid' });
    }
  });

  it('the manifest declares exactly one delivering consumer per type (its NATS user may pull only those)', () => {
    const declared = serviceEntry('webhooks').consumers;
    const delivering = Object.keys(declared).filter((n) => n.startsWith('webhooks.deliver-'));
    expect(delivering.sort()).toEqual(types.map(consumerNameOf).sort());
    for (const t of types) expect(declared[consumerNameOf(t)]).toBe(WEBHOOK_EVENTS[t].contract.subject);
  });

  it('carries no personal data: no name, e-mail, phone or id-number field in any payload', () => {
    for (const t of types)
      expect(
        Object.keys(WEBHOOK_EVENTS[t].contract.shape).filter((f) => /^(name|email|phone|idNumber)$/i.test(f)),
      ).toEqual(
        t === WebhookEventType.PROPERTY_CREATED ? ['name'] : [], // the property's name, not a person's
      );
  });
});

describe('R-WHK-1 which subscription wants an event', () => {
  const made = new Date('2026-12-07T10:00:00Z');
  const s = {
    events: [WebhookEventType.TICKET_CREATED],
    propertyIds: [] as string[],
    status: WebhookSubscriptionStatus.ACTIVE,
    createdAt: made,
  };
  const later = new Date(made.getTime() + 1000);

  it('its types, any property when it names none, from its creation on, while active', () => {
    expect(wants(s, WebhookEventType.TICKET_CREATED, 'p1', later)).toBe(true);
    expect(wants(s, WebhookEventType.TICKET_CLOSED, 'p1', later)).toBe(false);
    expect(wants(s, WebhookEventType.TICKET_CREATED, 'p1', new Date(made.getTime() - 1))).toBe(false);
    expect(
      wants(
        { ...s, status: WebhookSubscriptionStatus.DISABLED },
        WebhookEventType.TICKET_CREATED,
        'p1',
        later,
      ),
    ).toBe(false);
  });

  it('only the properties it names, when it names some', () => {
    const scoped = { ...s, propertyIds: ['p1'] };
    expect(wants(scoped, WebhookEventType.TICKET_CREATED, 'p1', later)).toBe(true);
    expect(wants(scoped, WebhookEventType.TICKET_CREATED, 'p2', later)).toBe(false);
  });
});
