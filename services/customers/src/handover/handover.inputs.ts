import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class HandoverKeyInput {
  @Field({ description: 'Kind of key; the first line is the entry door (入户门), the one kept back.' })
  label!: string;

  @Field(() => Int)
  quantity!: number;
}

@InputType()
export class HandoverDefectInput {
  @Field()
  location!: string;

  @Field()
  description!: string;
}

@InputType()
export class SignHandoverInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => [HandoverDefectInput], { description: 'Defects found on inspection; empty when none.' })
  defects!: HandoverDefectInput[];

  @Field(() => [HandoverKeyInput], { description: 'Keys of the unit, entry door first.' })
  keys!: HandoverKeyInput[];

  @Field({ description: 'Name of the customer (or agent) signing the defect list and the key register.' })
  customerSignature!: string;
}

@InputType()
export class HouseholdFormMemberInput {
  @Field()
  name!: string;

  @Field()
  relation!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType()
export class HouseholdFormInput {
  @Field(() => ID)
  handoverId!: string;

  @Field(() => [HouseholdFormMemberInput])
  members!: HouseholdFormMemberInput[];

  @Field()
  emergencyContact!: string;

  @Field()
  emergencyPhone!: string;

  @Field(() => [String], { nullable: true })
  vehicles?: string[] | null;
}
