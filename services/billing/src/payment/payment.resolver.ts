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
      description: 'The bill, amount, bank time, idempotency key and bank reference.',
    })
    input: RecordPaymentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.payments.record(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => Payment, { description: 'Undoes a payment’s allocations (audited).' })
  reversePayment(
    @Arg('id', () => ID, { description: 'Id of the payment.' }) id: string,
    @Arg('reason', {
      description: 'Why it is reversed (1–2000 characters), kept in the audit trail.',
    })
    reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.payments.reverse(requirePrincipal(ctx), id, reason);
  }

  @FieldResolver(() => [PaymentAllocation], {
    description: 'How the payment was applied to bills, oldest due first.',
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
