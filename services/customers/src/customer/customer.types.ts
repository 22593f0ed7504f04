import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { ts } from '@pm/db';

export enum CustomerKind {
  OWNER = 'OWNER',
  LESSEE = 'LESSEE',
  OCCUPANT = 'OCCUPANT',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(CustomerKind, {
  name: 'CustomerKind',
  description: 'Owner (业主), lessee (租户), occupant (住户) or external customer (R-CUS-1).',
});

export enum CustomerSegment {
  PROSPECT = 'PROSPECT',
  NEW = 'NEW',
  REGULAR = 'REGULAR',
  LOYAL = 'LOYAL',
}
registerEnumType(CustomerSegment, {
  name: 'CustomerSegment',
  description: 'R-CUS-2 segments (潜在/新/常客/忠诚), recomputed from bill.paid and ticket.closed.',
});

@ObjectType()
export class HouseholdMember {
  @Field()
  name!: string;

  @Field({ description: 'Relation to the customer, e.g. spouse, child.' })
  relation!: string;
}

@InputType()
export class HouseholdMemberInput {
  @Field()
  name!: string;

  @Field()
  relation!: string;
}

/** A customer of one property (R-CUS-1). Personal fields are encrypted at rest. */
@Directive('@key(fields: "id")')
@ObjectType('Customer')
export class Customer {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  propertyId!: string;

  @Field(() => CustomerKind)
  kind!: CustomerKind;

  @Field()
  name!: string;

  @Field(() => DateScalar, { nullable: true })
  birthday?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => [String], { description: 'Needs and preferences noted by staff.' })
  preferences!: string[];

  @Field(() => [HouseholdMember])
  householdMembers!: HouseholdMember[];

  @Field(() => CustomerSegment)
  segment!: CustomerSegment;

  @Field(() => Int, { description: 'Bills paid (from billing bill.paid).' })
  paidBills!: number;

  @Field(() => Int, { description: 'Tickets closed (from tickets ticket.closed).' })
  ticketsClosed!: number;

  @Field()
  createdAt!: Date;

  phoneEnc!: string;
  idNumberEnc!: string | null;
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
}

export const CUSTOMER_COLUMNS = `id, property_id, kind, name, birthday::text as birthday, email, industry, preferences,
  household, segment, paid_bills, tickets_closed, created_at, phone_enc, id_number_enc`;

export function toCustomer(r: any): Customer {
  return Object.assign(new Customer(), {
    id: r.id,
    propertyId: r.property_id,
    kind: r.kind,
    name: r.name,
    birthday: r.birthday,
    email: r.email,
    industry: r.industry,
    preferences: r.preferences ?? [],
    householdMembers: r.household ?? [],
    segment: r.segment,
    paidBills: r.paid_bills,
    ticketsClosed: r.tickets_closed,
    createdAt: ts(r.created_at),
    phoneEnc: r.phone_enc,
    idNumberEnc: r.id_number_enc,
  });
}
