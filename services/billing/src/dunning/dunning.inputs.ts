import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'How a dunning round was delivered.' })
export class DunningDeliveryInput {
  @Field(() => ID, { description: 'The round.' })
  roundId!: string;
  @Field({ description: 'When it was delivered (ISO-8601 with offset).' })
  deliveredAt!: Date;
  @Field({ description: 'The customer signed the receipt (回执).' })
  signedReceipt!: boolean;
  @Field(() => String, { description: 'Note (optional).', nullable: true })
  note?: string | null;
}
