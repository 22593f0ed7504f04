import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, FenScalar, GraphQLContext, requirePrincipal } from '@pm/graphql';
import { Deposit } from './deposit.entity';
import { RecordDepositInput } from './deposit.inputs';
import { DepositService } from './deposit.service';

const MANAGE = [StaffRole.FINANCE, StaffRole.SITE_MANAGER];

@Resolver(() => Deposit)
export class DepositResolver {
  constructor(private depositService: DepositService) {}

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => Deposit)
  recordDeposit(@Arg('input') input: RecordDepositInput, @Ctx() ctx: GraphQLContext) {
    return this.depositService.record(requirePrincipal(ctx), input);
  }

  @Authorized(...MANAGE, StaffRole.ENGINEERING_SUPERVISOR)
  @Mutation(() => Deposit, {
    description: 'Formal renovation acceptance; the refund falls due months later (policy).',
  })
  acceptRenovation(
    @Arg('depositId', () => ID) id: string,
    @Arg('acceptedOn', () => DateScalar) acceptedOn: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.accept(requirePrincipal(ctx), id, acceptedOn);
  }

  @Authorized(...MANAGE, StaffRole.ENGINEERING_SUPERVISOR)
  @Mutation(() => Deposit, { description: 'A structural or safety problem: the deposit is not refunded.' })
  recordDepositProblem(
    @Arg('depositId', () => ID) id: string,
    @Arg('problem') problem: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.recordProblem(requirePrincipal(ctx), id, problem);
  }

  @Authorized(...MANAGE)
  @Mutation(() => Deposit)
  deductFromDeposit(
    @Arg('depositId', () => ID) id: string,
    @Arg('amountFen', () => FenScalar) amountFen: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.deduct(requirePrincipal(ctx), id, amountFen, reason);
  }

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => Deposit)
  refundDeposit(
    @Arg('depositId', () => ID) id: string,
    @Arg('on', () => DateScalar) on: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.refund(requirePrincipal(ctx), id, on);
  }

  @Authorized(...MANAGE, StaffRole.HQ)
  @Query(() => [Deposit])
  deposits(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: GraphQLContext) {
    return this.depositService.list(requirePrincipal(ctx), propertyId);
  }
}
