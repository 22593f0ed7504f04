import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, loaderFor, requirePrincipal } from '@pm/graphql';
import { Payment, PaymentAllocation } from './payment.entity';
import { RecordPaymentInput } from './payment.inputs';
import { PaymentService } from './payment.service';

@Resolver(() => Payment)
export class PaymentResolver {
  constructor(private payments: PaymentService) {}

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => Payment, {
    description: 'Idempotent per idempotencyKey: the same key answers the same payment.',
  })
  recordPayment(
    @Arg('input', {
      description:
        'The bill, amount, bank time, idempotency key and bank reference.	账单、金额、到账时间、幂等键及银行流水号。',
    })
    input: RecordPaymentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.payments.record(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => Payment, { description: 'Undoes a payment’s allocations (audited).' })
  reversePayment(
    @Arg('id', () => ID, { description: 'Id of the payment.	收款记录 ID。' }) id: string,
    @Arg('reason', {
      description:
        'Why it is reversed (1–2000 characters), kept in the audit trail.	冲正原因（1–2000 个字符），记入审计记录。',
    })
    reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.payments.reverse(requirePrincipal(ctx), id, reason);
  }

  @FieldResolver(() => [PaymentAllocation], {
    description:
      'How the payment was applied to bills, oldest due first.	收款在各账单上的分配，按截止日先后。',
  })
  async allocations(@Root() pay: Payment, @Ctx() ctx: GraphQLContext): Promise<PaymentAllocation[]> {
    const p = requirePrincipal(ctx);
    const r = await loaderFor(ctx, 'PaymentAllocations', async (ids) => {
      const rows = await this.payments.allocations(p, ids);
      return ids.map((id) => ({ id, rows: rows.filter((a) => a.paymentId === id) }));
    }).load(pay.id);
    return r?.rows ?? [];
  }
}
