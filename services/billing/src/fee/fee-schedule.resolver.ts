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
  @Mutation(() => FeeScheduleView, {
    description:
      "Sets a property's fee item prices from a date; bills made later use them (see R-BIL-1 in docs/domain-rules.md). Only the property's first schedule, unless billing.feeChangeApprovalRequired is false: changes go through proposeFeeChange (R-BIL-11).",
  })
  setFeeSchedule(
    @Arg('input', {
      description: 'The property, first day and prices in fen.',
    })
    input: SetFeeScheduleInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.fees.set(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ, StaffRole.FRONT_DESK)
  @Query(() => FeeScheduleView, {
    description:
      'Fee item prices of a property in force on a date (see R-BIL-1 in docs/domain-rules.md); null when the property is not visible.',
    nullable: true,
  })
  feeSchedule(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('asOf', () => DateScalar, { description: 'The day (YYYY-MM-DD).' }) asOf: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.fees.get(requirePrincipal(ctx), propertyId, asOf);
  }
}
