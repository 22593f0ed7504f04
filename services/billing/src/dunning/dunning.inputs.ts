import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class DunningDeliveryInput {
  @Field(() => ID)
  roundId!: string;
  @Field()
  deliveredAt!: Date;
  @Field({ description: 'The customer signed the receipt (回执).' })
  signedReceipt!: boolean;
  @Field(() => String, { nullable: true })
  note?: string | null;
}
