import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, GraphQLContext, requirePrincipal } from '@pm/graphql';
import { ArrearsService } from './arrears.service';
import { ArrearsRow } from './arrears.types';

@Resolver(() => ArrearsRow)
export class ArrearsResolver {
  constructor(private arrearsService: ArrearsService) {}

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ, StaffRole.CS_SUPERVISOR)
  @Query(() => [ArrearsRow])
  async arrears(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('asOf', () => DateScalar) asOf: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ArrearsRow[]> {
    const rows = await this.arrearsService.arrears(requirePrincipal(ctx), propertyId, asOf);
    return rows.map(({ customerId, ...r }) => ({ ...r, customer: { id: customerId } }));
  }
}
