import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { FeeChange } from './fee-change.entity';
import { ApproveFeeChangeInput, NotifyFeeChangeInput, ProposeFeeChangeInput } from './fee-change.inputs';
import { FeeChangeStatus } from './fee-change.rules';
import { FeeChangeService } from './fee-change.service';

@Resolver(() => FeeChange)
export class FeeChangeResolver {
  constructor(private changes: FeeChangeService) {}

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER)
  @Mutation(() => FeeChange, {
    description:
      'Proposes new fee item prices of a property from a date; they apply once approved and announced (see R-BIL-11 in docs/domain-rules.md).',
  })
  proposeFeeChange(
    @Arg('input', { description: 'The property, first day, prices in fen and reason.' })
    input: ProposeFeeChangeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.changes.propose(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.SITE_MANAGER, StaffRole.HQ)
  @Mutation(() => FeeChange, {
    description:
      'Records the approval of a proposed fee change and its document; the proposer cannot approve (FORBIDDEN; see R-BIL-11 in docs/domain-rules.md).',
  })
  approveFeeChange(
    @Arg('input', { description: 'The fee change, who approved it and the document reference.' })
    input: ApproveFeeChangeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.changes.approve(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER)
  @Mutation(() => FeeChange, {
    description:
      "Records the notice of an approved fee change posted to customers; the prices become the property's schedule from the effective date (see R-BIL-11 in docs/domain-rules.md).",
  })
  notifyFeeChange(
    @Arg('input', { description: 'The fee change and the day its notice was posted.' })
    input: NotifyFeeChangeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.changes.notify(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ)
  @Query(() => [FeeChange], {
    description:
      'Fee changes of a property, latest effective date first (see R-BIL-11 in docs/domain-rules.md); empty when the property is not visible.',
  })
  feeChanges(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('status', () => FeeChangeStatus, { description: 'Only changes in this state.', nullable: true })
    status: FeeChangeStatus | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.changes.list(requirePrincipal(ctx), propertyId, status);
  }
}
