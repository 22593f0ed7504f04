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
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('asOf', () => DateScalar, {
      description: 'The day (YYYY-MM-DD) the rounds are due by.',
    })
    asOf: string,
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
  @Mutation(() => DunningRound, {
    description:
      'Records how and when a dunning round was delivered and whether the receipt was signed (see R-BIL-6 in docs/domain-rules.md).',
  })
  recordDunningDelivery(
    @Arg('input', { description: 'The round, time delivered, receipt and note.' })
    input: DunningDeliveryInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.dunning.recordDelivery(requirePrincipal(ctx), input);
  }
}
