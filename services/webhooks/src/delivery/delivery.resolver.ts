import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, PageArgsInput, requirePrincipal } from '@pm/graphql';
import { WebhookDelivery, WebhookDeliveryStatus } from './delivery.entity';
import { DeliveryService } from './delivery.service';
import { WebhookDeliveryConnection, WebhookReplay } from './delivery.types';

@Resolver(() => WebhookDelivery)
export class DeliveryResolver {
  constructor(private deliveries: DeliveryService) {}

  @Authorized(StaffRole.ADMIN)
  @Query(() => WebhookDeliveryConnection, {
    description: 'A subscription’s deliveries, newest first, with their status, attempts and last answer.',
  })
  webhookDeliveries(
    @Arg('subscriptionId', () => ID, { description: 'The subscription’s id.' }) subscriptionId: string,
    @Arg('status', () => WebhookDeliveryStatus, {
      nullable: true,
      description: 'Only deliveries in this status.',
    })
    status: WebhookDeliveryStatus | undefined,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.deliveries.list(requirePrincipal(ctx), subscriptionId, status ?? undefined, page);
  }

  @Authorized(StaffRole.ADMIN)
  @Mutation(() => WebhookReplay, {
    description:
      'Sends again the subscription’s events that occurred at or after `from` (delivered, parked or never sent), up to 1000 per call; the event ids stay the same.',
  })
  replayWebhookDeliveries(
    @Arg('subscriptionId', () => ID, { description: 'The subscription’s id.' }) subscriptionId: string,
    @Arg('from', () => Date, { description: 'The earliest occurredAt to replay.' }) from: Date,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.deliveries.replay(requirePrincipal(ctx), subscriptionId, from);
  }
}
