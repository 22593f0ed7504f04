import { DateScalar, FenScalar } from '@pm/graphql';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description: 'A payment received by bank (see R-BIL-8 in docs/domain-rules.md).',
})
export class RecordPaymentInput {
  @Field(() => ID, {
    description: "The bill paid; a surplus goes to the customer's older open bills, then credit.",
  })
  billId!: string;
  @Field(() => FenScalar, {
    description: 'Amount received, in fen (greater than 0).',
  })
  amountFen!: number;
  @Field({ description: 'When the customer paid (the transfer time the bank states).' })
  paidAt!: Date;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Day the bank receipt (银行回单) reached the company, property time; the payment counts from it (R-BIL-8). Omitted: the day of paidAt (paid at the counter).',
  })
  receivedOn?: string | null;
  @Field({
    description:
      'Your unique key for this payment (1–200 characters); a retry with the same key answers the same payment.',
  })
  idempotencyKey!: string;
  @Field(() => String, {
    description: 'Bank transaction reference (optional).',
    nullable: true,
  })
  bankReference?: string | null;
}
