import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, GraphQLContext, loaderFor, requirePrincipal, FenScalar } from '@pm/graphql';
import { PaymentRow, PaymentService } from './payment.service';

@ObjectType()
export class PaymentAllocation {
  @Field(() => ID)
  billId!: string;
  @Field(() => FenScalar)
  amountFen!: number;
  @Field(() => DateScalar)
  paidOn!: string;
  @Field()
  reversed!: boolean;
}

@ObjectType({ description: 'A payment received by bank (R-BIL-8); idempotent per idempotencyKey.' })
export class Payment {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  billId!: string;
  @Field(() => FenScalar)
  amountFen!: number;
  @Field(() => FenScalar, {
    description: 'Left after the bill and the customer’s older open bills: a credit.',
  })
  unallocatedFen!: number;
  @Field()
  paidAt!: Date;
  @Field()
  idempotencyKey!: string;
  @Field(() => String, { nullable: true })
  bankReference!: string | null;
  @Field()
  receiptNumber!: string;
  @Field({ description: 'POSTED or REVERSED.' })
  status!: string;
  @Field(() => Date, { nullable: true })
  reversedAt!: Date | null;
  @Field(() => String, { nullable: true })
  reversalReason!: string | null;
}

@InputType()
export class RecordPaymentInput {
  @Field(() => ID)
  billId!: string;
  @Field(() => FenScalar)
  amountFen!: number;
  @Field()
  paidAt!: Date;
  @Field()
  idempotencyKey!: string;
  @Field({ nullable: true })
  bankReference?: string;
}

@Resolver(() => Payment)
export class PaymentResolver {
  constructor(private payments: PaymentService) {}

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => Payment, {
    description: 'Idempotent per idempotencyKey: the same key answers the same payment.',
  })
  recordPayment(@Arg('input') input: RecordPaymentInput, @Ctx() ctx: GraphQLContext) {
    return this.payments.record(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => Payment, { description: 'Undoes a payment’s allocations (audited).' })
  reversePayment(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: GraphQLContext) {
    return this.payments.reverse(requirePrincipal(ctx), id, reason);
  }

  @FieldResolver(() => [PaymentAllocation])
  async allocations(@Root() pay: PaymentRow, @Ctx() ctx: GraphQLContext): Promise<PaymentAllocation[]> {
    const p = requirePrincipal(ctx);
    const r = await loaderFor(ctx, 'PaymentAllocations', async (ids) => {
      const rows = await this.payments.allocations(p, ids);
      return ids.map((id) => ({
        id,
        rows: rows
          .filter((x: any) => x.payment_id === id)
          .map((x: any) => ({
            billId: x.bill_id,
            amountFen: Number(x.amount_fen),
            paidOn: x.paid_on,
            reversed: x.reversed,
          })),
      }));
    }).load(pay.id);
    return r?.rows ?? [];
  }
}
