import { DateScalar, FenScalar } from '@pm/graphql';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class RecordPaymentInput {
  @Field(() => ID)
  billId!: string;
  @Field(() => FenScalar)
  amountFen!: number;
  @Field({ description: 'When the customer paid (the transfer time the bank states).' })
  paidAt!: Date;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Day the bank receipt (银行回单) reached the company, property time; the payment counts from it (R-BIL-8). Omitted: the day of paidAt (paid at the counter).',
  })
  receivedOn?: string | null;
  @Field()
  idempotencyKey!: string;
  @Field(() => String, { nullable: true })
  bankReference?: string | null;
}
