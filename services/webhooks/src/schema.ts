import { buildSubgraph } from '@pm/graphql';
import { WebhookResolver } from './webhook/webhook.resolver';

export function buildWebhooksSchema(instances?: object[]) {
  return buildSubgraph({ resolvers: [WebhookResolver], instances });
}
