import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, GraphQLContext, requirePrincipal } from '@pm/graphql';
import { DunningRound } from './dunning.entity';
import { DunningDeliveryInput } from './dunning.inputs';
import { DunningService } from './dunning.service';
import { DunningResult } from './dunning.types';

@Resolver()
export class DunningResolver {
  constructor(private dunning: DunningService) {}

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => DunningResult, {
    description: 'R-BIL-6: generates the rounds due by asOf (also run by a scheduler).',
  })
  runDunning(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('asOf', () => DateScalar) asOf: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.dunning.run(requirePrincipal(ctx), propertyId, asOf);
  }

  @Authorized(
    StaffRole.FINANCE,
    StaffRole.PROPERTY_ASSISTANT,
    StaffRole.CS_SUPERVISOR,
    StaffRole.SITE_MANAGER,
  )
  @Mutation(() => DunningRound)
  recordDunningDelivery(@Arg('input') input: DunningDeliveryInput, @Ctx() ctx: GraphQLContext) {
    return this.dunning.recordDelivery(requirePrincipal(ctx), input);
  }
}
