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
    @Arg('propertyId', () => ID, { description: 'The property.	物业项目。' }) propertyId: string,
    @Arg('asOf', () => DateScalar, {
      description: 'The day (YYYY-MM-DD) the rounds are due by.	截至该日（YYYY-MM-DD）应执行的轮次。',
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
      'Records how and when a dunning round was delivered and whether the receipt was signed (see R-BIL-6 in docs/domain-rules.md).	登记催缴轮次的送达方式、时间及是否签收（见 docs/domain-rules.md 中的 R-BIL-6）。',
  })
  recordDunningDelivery(
    @Arg('input', { description: 'The round, time delivered, receipt and note.	轮次、送达时间、回执及备注。' })
    input: DunningDeliveryInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.dunning.recordDelivery(requirePrincipal(ctx), input);
  }
}
