import { WebhookEventType } from '../event/event.catalog';
import { subscriptionProblems } from './subscription.rules';

const ok = { url: 'https://hooks.example.com/pm', events: [WebhookEventType.TICKET_CREATED] };

describe('subscription rules', () => {
  it('accepts an https URL with events, and no property filter', () => {
    expect(subscriptionProblems(ok)).toEqual([]);
  });

  it('names each problem: scheme, credentials, no events, too many properties, long description', () => {
    expect(
      subscriptionProblems({
        url: 'ftp://hooks.example.com',
        events: [],
        propertyIds: Array.from({ length: 101 }, (_, i) => `p${i}`),
        description: 'x'.repeat(201),
      }).map((p) => p.field),
    ).toEqual(['url', 'events', 'propertyIds', 'description']);
    expect(subscriptionProblems({ ...ok, url: 'https://user:pw@hooks.example.com/' })).toEqual([
      { field: 'url', message: 'must not carry a user name or password' },
    ]);
    expect(subscriptionProblems({ ...ok, url: 'hooks.example.com' })[0].message).toBe('not a URL');
  });
});
