import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class RunBillingInput {
  @Field(() => ID)
  propertyId!: string;
  @Field({ description: 'YYYY-MM' })
  period!: string;
}
