import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { CustomerKind, CustomerSegment } from './customer.types';

@InputType()
export class HouseholdMemberInput {
  @Field()
  name!: string;

  @Field()
  relation!: string;
}

@InputType()
export class RegisterCustomerInput {
  @Field(() => ID)
  propertyId!: string;

  @Field()
  name!: string;

  @Field()
  phone!: string;

  @Field(() => CustomerKind)
  kind!: CustomerKind;

  @Field(() => String, { nullable: true, description: 'Resident ID (18 characters) or passport number.' })
  idNumber?: string | null;

  @Field(() => DateScalar, { nullable: true })
  birthday?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => [String], { nullable: true })
  preferences?: string[] | null;

  @Field(() => [HouseholdMemberInput], { nullable: true })
  householdMembers?: HouseholdMemberInput[] | null;
}

@InputType()
export class CustomerFilter {
  @Field(() => ID, { nullable: true })
  propertyId?: string | null;

  @Field(() => CustomerKind, { nullable: true })
  kind?: CustomerKind | null;

  @Field(() => CustomerSegment, { nullable: true })
  segment?: CustomerSegment | null;

  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The whole phone number as registered (spaces and dashes may be left out).',
  })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: 'Customers occupying the unit now (no end date).' })
  unitId?: string | null;
}
