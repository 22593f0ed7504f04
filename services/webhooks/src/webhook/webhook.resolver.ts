import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { Webhook } from './webhook.entity';
import { CreateWebhookInput } from './webhook.inputs';
import { WebhookService } from './webhook.service';

@Resolver(() => Webhook)
export class WebhookResolver {
  constructor(private service: WebhookService) {}

  @Authorized()
  @Query(() => [Webhook], { description: 'The webhooks of a property (at most 200).' })
  webhooks(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: GraphQLContext) {
    return this.service.list(requirePrincipal(ctx), propertyId);
  }

  @Authorized()
  @Mutation(() => Webhook)
  createWebhook(@Arg('input') input: CreateWebhookInput, @Ctx() ctx: GraphQLContext) {
    return this.service.create(requirePrincipal(ctx), input);
  }
}
