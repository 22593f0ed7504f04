import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Keys of one kind handed over.' })
export class HandoverKeyInput {
  @Field({ description: 'Kind of key; the first line is the entry door (入户门), the one kept back.' })
  label!: string;

  @Field(() => Int, { description: 'Number of keys (at least 1).' })
  quantity!: number;
}

@InputType({ description: 'A defect found at handover.' })
export class HandoverDefectInput {
  @Field({ description: 'Where, e.g. 主卧窗台.' })
  location!: string;

  @Field({ description: 'What is wrong (1–2000 characters).' })
  description!: string;
}

@InputType({
  description: 'The handover inspection signed by both sides (see R-CUS-12 in docs/domain-rules.md).',
})
export class SignHandoverInput {
  @Field(() => ID, { description: 'The customer receiving the unit.' })
  customerId!: string;

  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;

  @Field(() => [HandoverDefectInput], { description: 'Defects found on inspection; empty when none.' })
  defects!: HandoverDefectInput[];

  @Field(() => [HandoverKeyInput], { description: 'Keys of the unit, entry door first.' })
  keys!: HandoverKeyInput[];

  @Field({ description: 'Name of the customer (or agent) signing the defect list and the key register.' })
  customerSignature!: string;
}

@InputType({ description: 'A person of the household.' })
export class HouseholdFormMemberInput {
  @Field({ description: 'Full name.' })
  name!: string;

  @Field({ description: 'Relation to the customer, e.g. 配偶.' })
  relation!: string;

  @Field(() => String, { description: 'Phone (optional).', nullable: true })
  phone?: string | null;
}

@InputType({ description: 'The household information form (业户基本情况表).' })
export class HouseholdFormInput {
  @Field(() => ID, { description: 'The handover.' })
  handoverId!: string;

  @Field(() => [HouseholdFormMemberInput], { description: 'People of the household.' })
  members!: HouseholdFormMemberInput[];

  @Field({ description: 'Name of the emergency contact.' })
  emergencyContact!: string;

  @Field({ description: 'Phone of the emergency contact.' })
  emergencyPhone!: string;

  @Field(() => [String], {
    description: "Plate numbers of the household's vehicles.",
    nullable: true,
  })
  vehicles?: string[] | null;
}
