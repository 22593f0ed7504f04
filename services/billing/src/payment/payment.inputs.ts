import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class RecordPaymentInput {
  @Field(() => ID)
  billId!: string;
  @Field(() => Int)
  amountFen!: number;
  @Field()
  paidAt!: Date;
  @Field()
  idempotencyKey!: string;
  @Field(() => String, { nullable: true })
  bankReference?: string | null;
}
