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
    description:
      'Records a deposit received for a unit (see R-BIL-10 in docs/domain-rules.md). FINANCE.	登记某单元收取的押金（见 docs/domain-rules.md 中的 R-BIL-10）。FINANCE。',
  })
  recordDeposit(
    @Arg('input', {
      description: 'The unit, customer, kind, amount and day received.	单元、客户、类型、金额及收取日期。',
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
    @Arg('depositId', () => ID, { description: 'The renovation deposit.	装修押金。' }) id: string,
    @Arg('acceptedOn', () => DateScalar, {
      description: 'Day of the formal acceptance (YYYY-MM-DD).	正式验收日期（YYYY-MM-DD）。',
    })
    acceptedOn: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.accept(requirePrincipal(ctx), id, acceptedOn);
  }

  @Authorized(...MANAGE, StaffRole.ENGINEERING_SUPERVISOR)
  @Mutation(() => Deposit, { description: 'A structural or safety problem: the deposit is not refunded.' })
  recordDepositProblem(
    @Arg('depositId', () => ID, { description: 'The deposit.	押金。' }) id: string,
    @Arg('problem', { description: 'The problem found (1–2000 characters).	发现的问题（1–2000 个字符）。' })
    problem: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.recordProblem(requirePrincipal(ctx), id, problem);
  }

  @Authorized(...MANAGE)
  @Mutation(() => Deposit, {
    description:
      'Deducts an amount from a deposit, e.g. for lost worker passes; never more than is left.	从押金中扣除一笔金额，例如遗失出入证；不超过剩余金额。',
  })
  deductFromDeposit(
    @Arg('depositId', () => ID, { description: 'The deposit.	押金。' }) id: string,
    @Arg('amountFen', () => FenScalar, {
      description: 'Amount to deduct, in fen (greater than 0).	扣除金额，单位：分（大于 0）。',
    })
    amountFen: number,
    @Arg('reason', { description: 'Why (1–2000 characters).	扣除原因（1–2000 个字符）。' }) reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.deduct(requirePrincipal(ctx), id, amountFen, reason);
  }

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => Deposit, {
    description:
      'Refunds what is left of a deposit once its refund is due and no problem is recorded. FINANCE.	在应退日期已到且无问题记录时退还押金余额。FINANCE。',
  })
  refundDeposit(
    @Arg('depositId', () => ID, { description: 'The deposit.	押金。' }) id: string,
    @Arg('on', () => DateScalar, {
      description:
        'Day of the refund (YYYY-MM-DD), not before refundDueOn.	退还日期（YYYY-MM-DD），不早于 refundDueOn。',
    })
    on: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.refund(requirePrincipal(ctx), id, on);
  }

  @Authorized(...MANAGE, StaffRole.HQ)
  @Query(() => [Deposit], {
    description:
      "Deposits held for a property's units, oldest first (see R-BIL-10 in docs/domain-rules.md). FINANCE, SITE_MANAGER, HQ.	项目各单元的押金，按时间先后排列（见 docs/domain-rules.md 中的 R-BIL-10）。FINANCE、SITE_MANAGER、HQ。",
  })
  deposits(
    @Arg('propertyId', () => ID, { description: 'The property.	物业项目。' }) propertyId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.depositService.list(requirePrincipal(ctx), propertyId);
  }
}
