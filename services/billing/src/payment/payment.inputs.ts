import { FenScalar } from '@pm/graphql';
import { Field, ID, InputType } from 'type-graphql';

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
  @Field(() => String, { nullable: true })
  bankReference?: string | null;
}
