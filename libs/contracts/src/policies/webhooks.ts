import { PolicyDefinition, int } from '../policy-definition';

/**
 * Webhooks (R-WHK-*): how long and how often a company's own systems are retried when they do not
 * take a delivery. Company-wide: a subscription is the company's, not a property's.
 */
export const WebhookPolicies: readonly PolicyDefinition[] = [
  {
    key: 'webhooks.retryBaseSeconds',
    ruleIds: ['R-WHK-2'],
    description:
      'Seconds before the first retry of a failed webhook delivery; every further retry waits twice as long as the one before.',
    type: int(1, 3600, 'seconds'),
    default: 30,
    perProperty: false,
  },
  {
    key: 'webhooks.retryMaxDelayMinutes',
    ruleIds: ['R-WHK-2'],
    description: 'Longest wait between two attempts of a webhook delivery (the doubling stops here).',
    type: int(1, 24 * 60, 'minutes'),
    default: 360,
    perProperty: false,
  },
  {
    key: 'webhooks.retryWindowHours',
    ruleIds: ['R-WHK-2'],
    description:
      'Hours from its first attempt during which a webhook delivery is retried; the last attempt is at the end, then it is parked.',
    type: int(1, 72, 'hours'),
    default: 24,
    perProperty: false,
  },
];
