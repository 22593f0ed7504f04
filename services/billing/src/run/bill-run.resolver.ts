import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { BillingRun } from './bill-run.entity';
import { RunBillingInput } from './bill-run.inputs';
import { BillRunService } from './bill-run.service';

@Resolver(() => BillingRun)
export class BillRunResolver {
  constructor(private runs: BillRunService) {}

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => BillingRun, {
    description:
      'R-BIL-2: one bill per unit for the period; idempotent per property and period (a second call or a re-run after a failure adds only missing bills).',
  })
  runBilling(
    @Arg('input', { description: 'The property and month to bill.' })
    input: RunBillingInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.runs.start(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ)
  @Query(() => BillingRun, {
    description: "One bill run, to poll its progress; null when not the caller's company or sites.",
    nullable: true,
  })
  billingRun(
    @Arg('id', () => ID, { description: 'Id returned by runBilling.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.runs.get(requirePrincipal(ctx), id);
  }
}
