import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class StoreItemInput {
  @Field(() => ID)
  propertyId!: string;

  @Field(() => ID)
  customerId!: string;

  @Field({ description: 'What was left, as written on the storage slip (1–200 characters).' })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Pieces; default 1.' })
  quantity?: number;
}

@InputType()
export class ReturnStoredItemInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name of the person who collects the item (the customer or someone sent by them).' })
  collectedBy!: string;
}
