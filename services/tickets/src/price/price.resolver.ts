import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { UpsertPriceItemInput } from './price.inputs';
import { PriceItem } from './price.entity';
import { PriceService } from './price.service';

@Resolver(() => PriceItem)
export class PriceResolver {
  constructor(private prices: PriceService) {}

  @Authorized()
  @Query(() => [PriceItem], {
    description: 'Current paid-service price list of a property (seeded with defaults on first use).',
  })
  priceList(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.prices.list(requirePrincipal(ctx), propertyId);
  }

  @Authorized(StaffRole.ENGINEERING_SUPERVISOR, StaffRole.SITE_MANAGER)
  @Mutation(() => PriceItem, { description: 'A new version of an item; completed orders keep their prices.' })
  upsertPriceItem(
    @Arg('input', { description: 'The property, item code, name and price.' })
    input: UpsertPriceItemInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.prices.upsert(requirePrincipal(ctx), input);
  }
}
