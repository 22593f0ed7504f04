import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({
  description: 'An item the front desk takes to hold (see R-CUS-10 in docs/domain-rules.md).',
})
export class StoreItemInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;

  @Field(() => ID, { description: 'The customer leaving the item.' })
  customerId!: string;

  @Field({ description: 'What was left, as written on the storage slip (1–200 characters).' })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Pieces; default 1.' })
  quantity?: number;
}

@InputType({ description: 'A held item going back.' })
export class ReturnStoredItemInput {
  @Field(() => ID, { description: 'Id of the storage log line.' })
  id!: string;

  @Field({ description: 'Name of the person who collects the item (the customer or someone sent by them).' })
  collectedBy!: string;
}
