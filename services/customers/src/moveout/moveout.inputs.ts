import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';

@InputType()
export class MoveOutInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar)
  plannedDate!: string;

  @Field(() => Boolean, { nullable: true })
  ownerConsent?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Goods moved out (e.g. 冰箱一台、纸箱十个), printed on the release pass; at most 500 characters.',
  })
  goodsDescription?: string | null;
}

@InputType()
export class TransferOwnershipInput {
  @Field(() => ID, { description: 'The current owner.' })
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The new owner, registered; goes through move-in (R-CUS-7).',
  })
  newOwnerId?: string | null;

  @Field(() => DateScalar)
  plannedDate!: string;

  @Field({ description: 'Transfer contract and notarisation seen.' })
  contractNotarised!: boolean;
}

@InputType()
export class FeePayerInput {
  @Field({ description: 'Fee item, e.g. MANAGEMENT, WATER, ELECTRICITY.' })
  feeItem!: string;

  @Field({ description: 'OWNER or LESSEE.' })
  payer!: string;
}

@InputType()
export class SubletInput {
  @Field(() => ID)
  ownerId!: string;

  @Field(() => ID)
  lesseeId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => [FeePayerInput])
  feePayers!: FeePayerInput[];
}
