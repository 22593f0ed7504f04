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
  moveIn(
    @Arg('input', {
      description: 'The customer, unit, date, documents, readings and keys.',
    })
    input: MoveInInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.moveIn(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => Occupancy, {
    description: 'Marks open items of a move-in checklist as done (see R-CUS-4 in docs/domain-rules.md).',
  })
  completeMoveInItems(
    @Arg('occupancyId', () => ID, { description: 'The occupancy.' }) id: string,
    @Arg('items', () => [ChecklistItem], { description: 'The items now done.' })
    items: ChecklistItem[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.completeItems(requirePrincipal(ctx), id, items);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => MoveInNotice, {
    description: 'R-CUS-4: notice with a deadline; reminder and escalation are scheduled.',
  })
  sendMoveInNotice(
    @Arg('input', { description: 'The customer, unit and deadline.' })
    input: MoveInNoticeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.sendNotice(requirePrincipal(ctx), input);
  }

  @FieldResolver(() => [Occupancy], { description: 'Dated occupancy links to units (R-CUS-1).' })
  occupancies(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return this.service.forCustomer(requirePrincipal(ctx), c.id);
  }
}
