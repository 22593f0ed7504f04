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
  @Mutation(() => Deposit, {
    description: 'Records a deposit received for a unit (see R-BIL-10 in docs/domain-rules.md).',
  })
  recordDeposit(
    @Arg('input', {
      description: 'The unit, customer, kind, amount and day received.',
    })
    input: RecordDepositInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.record(requirePrincipal(ctx), input);
  }

  @Authorized(...MANAGE, StaffRole.ENGINEERING_SUPERVISOR)
  @Mutation(() => Deposit, {
    description: 'Formal renovation acceptance; the refund falls due months later (policy).',
  })
  acceptRenovation(
    @Arg('depositId', () => ID, { description: 'The renovation deposit.' }) id: string,
    @Arg('acceptedOn', () => DateScalar, {
      description: 'Day of the formal acceptance (YYYY-MM-DD).',
    })
    acceptedOn: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.accept(requirePrincipal(ctx), id, acceptedOn);
  }

  @Authorized(...MANAGE, StaffRole.ENGINEERING_SUPERVISOR)
  @Mutation(() => Deposit, { description: 'A structural or safety problem: the deposit is not refunded.' })
  recordDepositProblem(
    @Arg('depositId', () => ID, { description: 'The deposit.' }) id: string,
    @Arg('problem', { description: 'The problem found (1–2000 characters).' })
    problem: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.recordProblem(requirePrincipal(ctx), id, problem);
  }

  @Authorized(...MANAGE)
  @Mutation(() => Deposit, {
    description: 'Deducts an amount from a deposit, e.g. for lost worker passes; never more than is left.',
  })
  deductFromDeposit(
    @Arg('depositId', () => ID, { description: 'The deposit.' }) id: string,
    @Arg('amountFen', () => FenScalar, {
      description: 'Amount to deduct, in fen (greater than 0).',
    })
    amountFen: number,
    @Arg('reason', { description: 'Why (1–2000 characters).' }) reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.deduct(requirePrincipal(ctx), id, amountFen, reason);
  }

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => Deposit, {
    description: 'Refunds what is left of a deposit once its refund is due and no problem is recorded.',
  })
  refundDeposit(
    @Arg('depositId', () => ID, { description: 'The deposit.' }) id: string,
    @Arg('on', () => DateScalar, {
      description: 'Day of the refund (YYYY-MM-DD), not before refundDueOn.',
    })
    on: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.refund(requirePrincipal(ctx), id, on);
  }

  @Authorized(...MANAGE, StaffRole.HQ)
  @Query(() => [Deposit], {
    description: "Deposits held for a property's units, oldest first (see R-BIL-10 in docs/domain-rules.md).",
  })
  deposits(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.list(requirePrincipal(ctx), propertyId);
  }
}
