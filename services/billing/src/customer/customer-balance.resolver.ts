import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { FenScalar, GraphQLContext, loaderFor, requirePrincipal } from '@pm/graphql';
import { ArrearsService } from '../arrears/arrears.service';
import { CustomerRef } from './customer.stub';

@Resolver(() => CustomerRef)
export class CustomerBalanceResolver {
  constructor(private arrearsService: ArrearsService) {}

  private load(ctx: GraphQLContext, id: string) {
    const p = requirePrincipal(ctx);
    return loaderFor(ctx, 'CustomerBalance', async (ids) => {
      const m = await this.arrearsService.balances(p, ids);
      return ids.map((i) => ({ id: i, ...m.get(i)! }));
    }).load(id);
  }

  @FieldResolver(() => FenScalar, {
    description: 'Unpaid fen of all bills less unallocated credit (billing).',
  })
  async balanceFen(@Root() c: CustomerRef, @Ctx() ctx: GraphQLContext) {
    return (await this.load(ctx, c.id))?.balanceFen ?? 0;
  }

  @FieldResolver(() => Int, {
    description: 'Complete months since the oldest unpaid due date (billing, R-BIL-7).',
  })
  async arrearsMonths(@Root() c: CustomerRef, @Ctx() ctx: GraphQLContext) {
    return (await this.load(ctx, c.id))?.arrearsMonths ?? 0;
  }
}
