import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { Clock } from '@pm/time';
import { WebhookSubscription } from './subscription.entity';
import { CreateWebhookSubscriptionInput } from './subscription.inputs';
import { SubscriptionService } from './subscription.service';

/**
 * Company administrators only (a partner client acts here only when given ADMIN): a subscription
 * sends the company's events out of the platform.
 */
@Resolver(() => WebhookSubscription)
export class SubscriptionResolver {
  constructor(
    private subscriptions: SubscriptionService,
    private clock: Clock,
  ) {}

  @Authorized(StaffRole.ADMIN)
  @Query(() => [WebhookSubscription], { description: 'The company’s webhook subscriptions, oldest first.' })
  webhookSubscriptions(@Ctx() ctx: GraphQLContext) {
    return this.subscriptions.list(requirePrincipal(ctx));
  }

  @Authorized(StaffRole.ADMIN)
  @Query(() => WebhookSubscription, {
    nullable: true,
    description: 'One webhook subscription; null when not the company’s.',
  })
  webhookSubscription(
    @Arg('id', () => ID, { description: 'The subscription’s id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.subscriptions.get(requirePrincipal(ctx), id);
  }

  @Authorized(StaffRole.ADMIN)
  @Mutation(() => WebhookSubscription, {
    description:
      'Subscribes a URL to events; the answer carries the signing secret, the only time it is shown. URL_NOT_ALLOWED when the URL is not public http(s) (R-WHK-3).',
  })
  createWebhookSubscription(
    @Arg('input', { description: 'The URL, the event types and the optional property filter.' })
    input: CreateWebhookSubscriptionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.subscriptions.create(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.ADMIN)
  @Mutation(() => WebhookSubscription, {
    description: 'Stops queueing and sending; pending deliveries wait until it is enabled again.',
  })
  disableWebhookSubscription(
    @Arg('id', () => ID, { description: 'The subscription’s id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.subscriptions.disable(requirePrincipal(ctx), id, this.clock.now());
  }

  @Authorized(StaffRole.ADMIN)
  @Mutation(() => WebhookSubscription, {
    description:
      'Sends again, after checking the URL again (URL_NOT_ALLOWED); replay fills what happened meanwhile.',
  })
  enableWebhookSubscription(
    @Arg('id', () => ID, { description: 'The subscription’s id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.subscriptions.enable(requirePrincipal(ctx), id);
  }

  @Authorized(StaffRole.ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes a subscription and its deliveries; true when done.' })
  deleteWebhookSubscription(
    @Arg('id', () => ID, { description: 'The subscription’s id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.subscriptions.delete(requirePrincipal(ctx), id);
  }
}
