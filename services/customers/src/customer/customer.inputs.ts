import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { CustomerKind, CustomerSegment } from './customer.types';

@InputType({ description: 'A person living with the customer.' })
export class HouseholdMemberInput {
  @Field({ description: 'Full name.' })
  name!: string;

  @Field({ description: 'Relation to the customer, e.g. spouse, child.' })
  relation!: string;
}

@InputType({
  description: 'A new customer of a property (see R-CUS-1 in docs/domain-rules.md).',
})
export class RegisterCustomerInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;

  @Field({ description: 'Full name or company name (1–200 characters).' })
  name!: string;

  @Field({
    description: 'Phone number, e.g. 13812345678; stored encrypted.',
  })
  phone!: string;

  @Field(() => CustomerKind, {
    description: 'Owner, lessee, occupant or external.',
  })
  kind!: CustomerKind;

  @Field(() => String, { nullable: true, description: 'Resident ID (18 characters) or passport number.' })
  idNumber?: string | null;

  @Field(() => DateScalar, {
    description: 'Birthday (YYYY-MM-DD), for birthday greetings (R-CUS-3).',
    nullable: true,
  })
  birthday?: string | null;

  @Field(() => String, { description: 'E-mail address (optional).', nullable: true })
  email?: string | null;

  @Field(() => String, {
    description: 'Industry of a business customer (optional).',
    nullable: true,
  })
  industry?: string | null;

  @Field(() => [String], {
    description: 'Needs and preferences noted by staff.',
    nullable: true,
  })
  preferences?: string[] | null;

  @Field(() => [HouseholdMemberInput], {
    description: 'People living with the customer.',
    nullable: true,
  })
  householdMembers?: HouseholdMemberInput[] | null;
}

@InputType({
  description: 'Filters of the customer list; every given field must match.',
})
export class CustomerFilter {
  @Field(() => ID, { description: 'Only customers of this property.', nullable: true })
  propertyId?: string | null;

  @Field(() => CustomerKind, { description: 'Only customers of this kind.', nullable: true })
  kind?: CustomerKind | null;

  @Field(() => CustomerSegment, {
    description: 'Only customers in this segment.',
    nullable: true,
  })
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
