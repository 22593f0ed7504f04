import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';
import { CUSTOMER_STAFF } from '../customer/customer.resolver';
import { MoveInNotice, Occupancy } from './occupancy.entity';
import { MoveInInput, MoveInNoticeInput } from './occupancy.inputs';
import { ChecklistItem } from './occupancy.rules';
import { OccupancyService } from './occupancy.service';

@Resolver(() => Customer)
export class OccupancyResolver {
  constructor(private service: OccupancyService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => Occupancy, {
    description: 'R-CUS-4 (owner: open items recorded), R-CUS-5 (lessee: refused until met).',
  })
  moveIn(@Arg('input') input: MoveInInput, @Ctx() ctx: GraphQLContext) {
    return this.service.moveIn(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => Occupancy)
  completeMoveInItems(
    @Arg('occupancyId', () => ID) id: string,
    @Arg('items', () => [ChecklistItem]) items: ChecklistItem[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.completeItems(requirePrincipal(ctx), id, items);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => MoveInNotice, {
    description: 'R-CUS-4: notice with a deadline; reminder and escalation are scheduled.',
  })
  sendMoveInNotice(@Arg('input') input: MoveInNoticeInput, @Ctx() ctx: GraphQLContext) {
    return this.service.sendNotice(requirePrincipal(ctx), input);
  }

  @FieldResolver(() => [Occupancy], { description: 'Dated occupancy links to units (R-CUS-1).' })
  occupancies(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return this.service.forCustomer(requirePrincipal(ctx), c.id);
  }
}
