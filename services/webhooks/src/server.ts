import { Logger } from '@pm/observability';
import { policyChangedHandler } from '@pm/policy';
import { RunningSubgraph, RuntimeOptions, SubgraphDefinition, startSubgraph } from '@pm/runtime';
import { WebhooksConfig, loadWebhooksConfig } from './config';
import { entities } from './mikro-orm.config';
import { buildWebhooksSchema } from './schema';
import { WebhookService } from './webhook/webhook.service';
import { WebhookResolver } from './webhook/webhook.resolver';

/** Composition root of the webhooks subgraph. */
export const webhooksSubgraph: SubgraphDefinition<WebhooksConfig, object, object> = {
  name: 'webhooks',
  loadConfig: loadWebhooksConfig,
  entities,
  buildSchema: buildWebhooksSchema,
  compose({ db }) {
    return {
      resolvers: [new WebhookResolver(new WebhookService(db))],
      consumers: [policyChangedHandler('webhooks')],
    };
  },
};

export type WebhooksServer = RunningSubgraph;

export const startWebhooks = (config: WebhooksConfig, log: Logger, options: RuntimeOptions = {}) =>
  startSubgraph(webhooksSubgraph, config, log, options);
