import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';

@InputType()
export class AssemblyRequestInput {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field()
  text!: string;
}

@InputType()
export class RecordTenantAssemblyInput {
  @Field(() => ID)
  propertyId!: string;

  @Field(() => DateScalar, { description: 'Not after today (property time).' })
  heldOn!: string;

  @Field()
  minutes!: string;

  @Field(() => [ID], { description: 'Customers of the property spoken to face to face.' })
  attendeeIds!: string[];

  @Field(() => [AssemblyRequestInput], { nullable: true })
  requests?: AssemblyRequestInput[] | null;
}
