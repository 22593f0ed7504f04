import { FenScalar } from '@pm/graphql';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description: "An item of a property's price list, new or a new version.",
})
export class UpsertPriceItemInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field({ description: 'Item code, e.g. TAP_WASHER.' })
  code!: string;
  @Field({ description: 'Item name (1–200 characters).' })
  name!: string;
  @Field(() => FenScalar, { description: 'Price per unit, in fen.' })
  priceFen!: number;
}
