import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { MoveOutRequest, Sublet } from './moveout.entity';
import {
  MoveOutInput,
  SubletInput,
  TransferArchiveDecisionInput,
  TransferOwnershipInput,
  TransferReturnsInput,
} from './moveout.inputs';
import { MoveOutService } from './moveout.service';

@Resolver(() => MoveOutRequest)
export class MoveOutResolver {
  constructor(private moveOuts: MoveOutService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => MoveOutRequest, { description: 'R-CUS-6: clearance decided by billing (R-BIL-9).' })
  requestMoveOut(
    @Arg('input', { description: 'The customer, unit, day and goods.' })
    input: MoveOutInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.moveOuts.request(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => MoveOutRequest, { description: 'R-CUS-7: sends moveout.requested (OWNERSHIP_TRANSFER).' })
  transferOwnership(
    @Arg('input', { description: 'The current and new owner, unit and day.' })
    input: TransferOwnershipInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.moveOuts.transfer(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => MoveOutRequest, {
    description:
      'R-CUS-7: records items the old owner returned (covenant, manuals, access and parking cards).',
  })
  recordTransferReturns(
    @Arg('input', { description: 'The transfer, the items and who received them.' })
    input: TransferReturnsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.moveOuts.recordReturns(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => MoveOutRequest, {
    description:
      'R-CUS-7: keeps the old owner’s archive or asks for its destruction (approved by a manager, R-ARC-4).',
  })
  decideTransferArchive(
    @Arg('input', { description: 'The transfer and the decision.' })
    input: TransferArchiveDecisionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.moveOuts.decideArchive(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => MoveOutRequest, {
    description:
      'R-CUS-7: completes a cleared transfer once everything is returned and the archive decided: the old owner’s occupancy ends and the buyer’s move-in starts.',
  })
  completeOwnershipTransfer(
    @Arg('requestId', () => ID, { description: 'The ownership-transfer request.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.moveOuts.completeTransfer(requirePrincipal(ctx), id);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => MoveOutRequest, {
    description: 'R-CUS-7: access and parking cards returned (both recorded on the return checklist).',
  })
  recordCardsReturned(
    @Arg('requestId', () => ID, { description: 'The ownership-transfer request.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.moveOuts.cardsReturned(requirePrincipal(ctx), id);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => Sublet, { description: 'R-CUS-8.' })
  registerSublet(
    @Arg('input', {
      description: 'The owner, lessee, unit, dates and who pays which fee.',
    })
    input: SubletInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.moveOuts.sublet(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => MoveOutRequest, {
    description: 'One move-out or ownership-transfer request; null when not visible to the caller.',
    nullable: true,
  })
  moveOutRequest(
    @Arg('id', () => ID, { description: 'Id of the request.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.moveOuts.get(requirePrincipal(ctx), id);
  }
}

/** The customer page shows its move-outs with their clearance and release pass. */
@Resolver(() => Customer)
export class CustomerMoveOutsResolver {
  constructor(private moveOuts: MoveOutService) {}

  @FieldResolver(() => [MoveOutRequest], {
    description: 'Move-out and ownership-transfer requests of the customer, newest first (R-CUS-6, R-CUS-7).',
  })
  moveOutRequests(@Root() c: Customer, @Ctx() ctx: GraphQLContext) {
    return this.moveOuts.forCustomer(requirePrincipal(ctx), c.id);
  }
}
