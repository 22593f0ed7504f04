import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';

@InputType({
  description:
    'A move-out request (see R-CUS-6 in docs/domain-rules.md).	迁出申请（见 docs/domain-rules.md 中的 R-CUS-6）。',
})
export class MoveOutInput {
  @Field(() => ID, { description: 'The customer moving out.	迁出的客户。' })
  customerId!: string;

  @Field(() => ID, { description: 'The unit.	单元。' })
  unitId!: string;

  @Field(() => DateScalar, {
    description:
      'Day of the move (YYYY-MM-DD), at least the policy days ahead.	搬出日期（YYYY-MM-DD），须提前政策规定的天数。',
  })
  plannedDate!: string;

  @Field(() => Boolean, {
    description:
      "A lessee: the owner's signed consent was seen (required for lessees).	租户：已查验业主签字同意书（租户必填）。",
    nullable: true,
  })
  ownerConsent?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Goods moved out (e.g. 冰箱一台、纸箱十个), printed on the release pass; at most 500 characters.',
  })
  goodsDescription?: string | null;
}

@InputType({
  description:
    'An ownership transfer (see R-CUS-7 in docs/domain-rules.md).	产权转让（见 docs/domain-rules.md 中的 R-CUS-7）。',
})
export class TransferOwnershipInput {
  @Field(() => ID, { description: 'The current owner.' })
  customerId!: string;

  @Field(() => ID, { description: 'The unit.	单元。' })
  unitId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The new owner, registered; goes through move-in (R-CUS-7).',
  })
  newOwnerId?: string | null;

  @Field(() => DateScalar, { description: 'Day of the transfer (YYYY-MM-DD).	转让日期（YYYY-MM-DD）。' })
  plannedDate!: string;

  @Field({ description: 'Transfer contract and notarisation seen.' })
  contractNotarised!: boolean;
}

@InputType({ description: 'Who pays one fee item.	某费项的付款方。' })
export class FeePayerInput {
  @Field({ description: 'Fee item, e.g. MANAGEMENT, WATER, ELECTRICITY.' })
  feeItem!: string;

  @Field({ description: 'OWNER or LESSEE.' })
  payer!: string;
}

@InputType({
  description:
    'A sublet of a unit (see R-CUS-8 in docs/domain-rules.md).	单元转租（见 docs/domain-rules.md 中的 R-CUS-8）。',
})
export class SubletInput {
  @Field(() => ID, { description: 'The owner.	业主。' })
  ownerId!: string;

  @Field(() => ID, { description: 'The lessee, registered as a customer.	租户，须已登记为客户。' })
  lesseeId!: string;

  @Field(() => ID, { description: 'The unit.	单元。' })
  unitId!: string;

  @Field(() => DateScalar, { description: 'First day (YYYY-MM-DD).	开始日期（YYYY-MM-DD）。' })
  startDate!: string;

  @Field(() => DateScalar, {
    description: 'Last day (YYYY-MM-DD), optional.	结束日期（YYYY-MM-DD），可选。',
    nullable: true,
  })
  endDate?: string | null;

  @Field(() => [FeePayerInput], { description: 'Who pays which fee item.	各费项的付款方。' })
  feePayers!: FeePayerInput[];
}
