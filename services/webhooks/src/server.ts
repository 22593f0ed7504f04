import { PartnerScope } from '@pm/contracts';
import { Logger } from '@pm/observability';
import { policyChangedHandler } from '@pm/policy';
import { RunningSubgraph, RuntimeOptions, SubgraphDefinition, startSubgraph } from '@pm/runtime';
import { WebhooksConfig, loadWebhooksConfig } from './config';
import { DeliveryDispatcher } from './delivery/delivery.dispatcher';
import { DeliveryResolver } from './delivery/delivery.resolver';
import { DeliveryService } from './delivery/delivery.service';
import { webhookEventHandlers } from './event/event.consumers';
import { entities } from './mikro-orm.config';
import { propertyCreatedHandler } from './projection/projection.consumers';
import { buildWebhooksSchema } from './schema';
import { SubscriptionResolver } from './subscription/subscription.resolver';
import { SubscriptionService } from './subscription/subscription.service';
import { SecretBox } from './subscription/subscription.secret';
import { TargetGuard } from './target/target';

export interface WebhooksExposed {
  dispatcher: DeliveryDispatcher;
}

/**
 * Composition root of the webhooks subgraph: subscriptions and deliveries (GraphQL), one
 * consumer per deliverable event type, and the dispatcher that sends, signs and retries.
 */
export const webhooksSubgraph: SubgraphDefinition<WebhooksConfig, object, WebhooksExposed> = {
  name: 'webhooks',
  loadConfig: loadWebhooksConfig,
  // A partner app manages its company's subscriptions with webhooks:manage (and the ADMIN role).
  access: { query: PartnerScope.WEBHOOKS_MANAGE, mutation: PartnerScope.WEBHOOKS_MANAGE },
  entities,
  buildSchema: buildWebhooksSchema,
  compose({ config, log, clock, db }) {
    const guard = new TargetGuard(config.allowedPrivateTargets);
    const box = new SecretBox(config.secretKey);
    const dispatcher = new DeliveryDispatcher(
      db,
      clock,
      log.child({ component: 'webhook-dispatcher' }),
      guard,
      box,
      {
        pollMs: config.pollMs,
        timeoutMs: config.timeoutMs,
        concurrency: config.concurrency,
        tenantConcurrency: config.tenantConcurrency,
        retentionDays: config.retentionDays,
      },
    );
    return {
      resolvers: [
        new SubscriptionResolver(
          new SubscriptionService(db, guard, box, { maxSubscriptions: config.maxSubscriptions }),
          clock,
        ),
        new DeliveryResolver(new DeliveryService(db, clock)),
      ],
      consumers: [policyChangedHandler('webhooks'), propertyCreatedHandler, ...webhookEventHandlers(clock)],
      workers: [{ start: () => dispatcher.start(), stop: () => dispatcher.stop() }],
      expose: { dispatcher },
    };
  },
};

export type WebhooksServer = RunningSubgraph<WebhooksExposed>;

export const startWebhooks = (config: WebhooksConfig, log: Logger, options: RuntimeOptions = {}) =>
  startSubgraph(webhooksSubgraph, config, log, options);
