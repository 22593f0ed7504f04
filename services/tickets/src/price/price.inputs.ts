import { FenScalar } from '@pm/graphql';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class UpsertPriceItemInput {
  @Field(() => ID)
  propertyId!: string;
  @Field()
  code!: string;
  @Field()
  name!: string;
  @Field(() => FenScalar)
  priceFen!: number;
}
