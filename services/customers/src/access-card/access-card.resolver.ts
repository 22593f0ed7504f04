import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { DateScalar, GraphQLContext, requirePrincipal } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';
import { CUSTOMER_STAFF } from '../customer/customer.resolver';
import { Occupancy } from '../occupancy/occupancy.entity';
import { AccessCard } from './access-card.entity';
import { IssueAccessCardInput } from './access-card.inputs';
import { AccessCardService } from './access-card.service';

@Resolver(() => AccessCard)
export class AccessCardResolver {
  constructor(private service: AccessCardService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => AccessCard, {
    description:
      'R-CUS-8: issues an access card (门禁卡) to an occupancy’s customer or a lessee of the unit.',
  })
  issueAccessCard(
    @Arg('input', { description: 'The occupancy, holder, card number and day.' }) input: IssueAccessCardInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.issue(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => AccessCard, {
    description: 'R-CUS-8: an access card is handed back; its number is free again.',
  })
  returnAccessCard(
    @Arg('cardId', () => ID, { description: 'The card record.' }) cardId: string,
    @Arg('returnedOn', () => DateScalar, { description: 'Day returned (YYYY-MM-DD).' }) returnedOn: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.returnCard(requirePrincipal(ctx), cardId, returnedOn);
  }
}

@Resolver(() => Occupancy)
export class OccupancyAccessCardsResolver {
  constructor(private service: AccessCardService) {}

  @FieldResolver(() => [AccessCard], {
    description: 'Access cards issued on the occupancy, to its customer or a lessee, oldest first (R-CUS-8).',
  })
  accessCards(@Root() o: Occupancy, @Ctx() ctx: GraphQLContext) {
    return this.service.forOccupancy(requirePrincipal(ctx), o.id);
  }
}

@Resolver(() => Customer)
export class CustomerAccessCardsResolver {
  constructor(private service: AccessCardService) {}

  @FieldResolver(() => [AccessCard], {
    description: 'Access cards the customer holds or held, oldest first (R-CUS-8).',
  })
  accessCards(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return this.service.forCustomer(requirePrincipal(ctx), c.id);
  }
}
