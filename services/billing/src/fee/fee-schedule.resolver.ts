import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, GraphQLContext, requirePrincipal } from '@pm/graphql';
import { SetFeeScheduleInput } from './fee-schedule.inputs';
import { FeeScheduleService } from './fee-schedule.service';
import { FeeScheduleView } from './fee-schedule.types';

@Resolver(() => FeeScheduleView)
export class FeeScheduleResolver {
  constructor(private fees: FeeScheduleService) {}

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER)
  @Mutation(() => FeeScheduleView)
  setFeeSchedule(@Arg('input') input: SetFeeScheduleInput, @Ctx() ctx: GraphQLContext) {
    return this.fees.set(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ, StaffRole.FRONT_DESK)
  @Query(() => FeeScheduleView, { nullable: true })
  feeSchedule(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('asOf', () => DateScalar) asOf: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.fees.get(requirePrincipal(ctx), propertyId, asOf);
  }
}
