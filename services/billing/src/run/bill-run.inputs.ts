import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A property and month to bill.' })
export class RunBillingInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field({ description: 'YYYY-MM' })
  period!: string;
}
