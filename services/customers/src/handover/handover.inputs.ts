import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Keys of one kind handed over.	交付的某类钥匙。' })
export class HandoverKeyInput {
  @Field({ description: 'Kind of key; the first line is the entry door (入户门), the one kept back.' })
  label!: string;

  @Field(() => Int, { description: 'Number of keys (at least 1).	钥匙数量（至少 1）。' })
  quantity!: number;
}

@InputType({ description: 'A defect found at handover.	交房时发现的缺陷。' })
export class HandoverDefectInput {
  @Field({ description: 'Where, e.g. 主卧窗台.	位置，例如主卧窗台。' })
  location!: string;

  @Field({ description: 'What is wrong (1–2000 characters).	缺陷描述（1–2000 个字符）。' })
  description!: string;
}

@InputType({
  description:
    'The handover inspection signed by both sides (see R-CUS-12 in docs/domain-rules.md).	双方签字的交房验收（见 docs/domain-rules.md 中的 R-CUS-12）。',
})
export class SignHandoverInput {
  @Field(() => ID, { description: 'The customer receiving the unit.	接收单元的客户。' })
  customerId!: string;

  @Field(() => ID, { description: 'The unit.	单元。' })
  unitId!: string;

  @Field(() => [HandoverDefectInput], { description: 'Defects found on inspection; empty when none.' })
  defects!: HandoverDefectInput[];

  @Field(() => [HandoverKeyInput], { description: 'Keys of the unit, entry door first.' })
  keys!: HandoverKeyInput[];

  @Field({ description: 'Name of the customer (or agent) signing the defect list and the key register.' })
  customerSignature!: string;
}

@InputType({ description: 'A person of the household.	家庭成员。' })
export class HouseholdFormMemberInput {
  @Field({ description: 'Full name.	姓名。' })
  name!: string;

  @Field({ description: 'Relation to the customer, e.g. 配偶.	与客户的关系，例如配偶。' })
  relation!: string;

  @Field(() => String, { description: 'Phone (optional).	电话（可选）。', nullable: true })
  phone?: string | null;
}

@InputType({ description: 'The household information form (业户基本情况表).	业户基本情况表。' })
export class HouseholdFormInput {
  @Field(() => ID, { description: 'The handover.	交房记录。' })
  handoverId!: string;

  @Field(() => [HouseholdFormMemberInput], { description: 'People of the household.	家庭成员。' })
  members!: HouseholdFormMemberInput[];

  @Field({ description: 'Name of the emergency contact.	紧急联系人姓名。' })
  emergencyContact!: string;

  @Field({ description: 'Phone of the emergency contact.	紧急联系人电话。' })
  emergencyPhone!: string;

  @Field(() => [String], {
    description: "Plate numbers of the household's vehicles.	家庭车辆车牌号。",
    nullable: true,
  })
  vehicles?: string[] | null;
}
