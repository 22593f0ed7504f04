import { buildSubgraph } from '@pm/graphql';
import { DeliveryResolver } from './delivery/delivery.resolver';
import { SubscriptionResolver } from './subscription/subscription.resolver';

export function buildWebhooksSchema(instances?: object[]) {
  return buildSubgraph({ resolvers: [SubscriptionResolver, DeliveryResolver], instances });
}
