import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, GraphQLContext, requirePrincipal } from '@pm/graphql';
import { ArrearsService } from './arrears.service';
import { ArrearsRow } from './arrears.types';

@Resolver(() => ArrearsRow)
export class ArrearsResolver {
  constructor(private arrearsService: ArrearsService) {}

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ, StaffRole.CS_SUPERVISOR)
  @Query(() => [ArrearsRow], {
    description:
      'Customers of a property with overdue bills on a date, most overdue first, with their ageing stage (see R-BIL-7 in docs/domain-rules.md).',
  })
  async arrears(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('asOf', () => DateScalar, {
      description: 'The day the ageing is computed for (YYYY-MM-DD).',
    })
    asOf: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ArrearsRow[]> {
    const rows = await this.arrearsService.arrears(requirePrincipal(ctx), propertyId, asOf);
    return rows.map(({ customerId, ...r }) => ({ ...r, customer: { id: customerId } }));
  }
}
