import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'How a dunning round was delivered.	催缴轮次的送达情况。' })
export class DunningDeliveryInput {
  @Field(() => ID, { description: 'The round.	催缴轮次。' })
  roundId!: string;
  @Field({ description: 'When it was delivered (ISO-8601 with offset).	送达时间（带时区偏移的 ISO-8601）。' })
  deliveredAt!: Date;
  @Field({ description: 'The customer signed the receipt (回执).' })
  signedReceipt!: boolean;
  @Field(() => String, { description: 'Note (optional).	备注（可选）。', nullable: true })
  note?: string | null;
}
