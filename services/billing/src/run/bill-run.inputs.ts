import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A property and month to bill.	要出账的项目与月份。' })
export class RunBillingInput {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;
  @Field({ description: 'YYYY-MM' })
  period!: string;
}
