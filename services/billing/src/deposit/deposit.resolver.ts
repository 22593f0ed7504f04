import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, GraphQLContext, requirePrincipal, FenScalar } from '@pm/graphql';
import { DepositKind, DepositService } from './deposit.service';

export enum DepositKindEnum {
  RENOVATION = 'RENOVATION',
  UTILITY = 'UTILITY',
  WORKER_PASS = 'WORKER_PASS',
}
registerEnumType(DepositKindEnum, { name: 'DepositKind' });

@ObjectType({ description: 'A renovation, utility or worker-pass deposit (R-BIL-10).' })
export class Deposit {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  unitId!: string;
  @Field(() => ID, { nullable: true })
  customerId!: string | null;
  @Field(() => DepositKindEnum)
  kind!: DepositKind;
  @Field(() => FenScalar)
  amountFen!: number;
  @Field(() => FenScalar, { description: 'Deducted, e.g. for lost worker passes.' })
  deductedFen!: number;
  @Field(() => DateScalar)
  receivedOn!: string;
  @Field(() => DateScalar, { nullable: true })
  acceptedOn!: string | null;
  @Field(() => DateScalar, { nullable: true })
  refundDueOn!: string | null;
  @Field(() => String, { nullable: true })
  problem!: string | null;
  @Field(() => DateScalar, { nullable: true })
  refundedOn!: string | null;
  @Field(() => FenScalar, { nullable: true })
  refundedFen!: number | null;
}

@InputType()
export class RecordDepositInput {
  @Field(() => ID)
  unitId!: string;
  @Field(() => ID, { nullable: true })
  customerId?: string;
  @Field(() => DepositKindEnum)
  kind!: DepositKind;
  @Field(() => FenScalar)
  amountFen!: number;
  @Field(() => DateScalar)
  receivedOn!: string;
}

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
