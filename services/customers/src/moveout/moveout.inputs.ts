import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { TransferArchiveDecision, TransferReturnItem } from './moveout.types';

@InputType({
  description: 'A move-out request (see R-CUS-6 in docs/domain-rules.md).',
})
export class MoveOutInput {
  @Field(() => ID, { description: 'The customer moving out.' })
  customerId!: string;

  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;

  @Field(() => DateScalar, {
    description: 'Day of the move (YYYY-MM-DD), at least the policy days ahead.',
  })
  plannedDate!: string;

  @Field(() => Boolean, {
    description: "A lessee: the owner's signed consent was seen (required for lessees).",
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
  description: 'An ownership transfer (see R-CUS-7 in docs/domain-rules.md).',
})
export class TransferOwnershipInput {
  @Field(() => ID, { description: 'The current owner.' })
  customerId!: string;

  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;

  @Field(() => ID, {
    description: 'The new owner, registered as an OWNER of the property; goes through move-in (R-CUS-7).',
  })
  newOwnerId!: string;

  @Field(() => DateScalar, { description: 'Day of the transfer (YYYY-MM-DD).' })
  plannedDate!: string;

  @Field({ description: 'Transfer contract and notarisation seen.' })
  contractNotarised!: boolean;
}

@InputType({ description: 'Who pays one fee item.' })
export class FeePayerInput {
  @Field({ description: 'Fee item, e.g. MANAGEMENT, WATER, ELECTRICITY.' })
  feeItem!: string;

  @Field({ description: 'OWNER or LESSEE.' })
  payer!: string;
}

@InputType({
  description: 'A sublet of a unit (see R-CUS-8 in docs/domain-rules.md).',
})
export class SubletInput {
  @Field(() => ID, { description: 'The owner.' })
  ownerId!: string;

  @Field(() => ID, { description: 'The lessee, registered as a customer.' })
  lesseeId!: string;

  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;

  @Field(() => DateScalar, { description: 'First day (YYYY-MM-DD).' })
  startDate!: string;

  @Field(() => DateScalar, {
    description: 'Last day (YYYY-MM-DD), optional.',
    nullable: true,
  })
  endDate?: string | null;

  @Field(() => [FeePayerInput], { description: 'Who pays which fee item.' })
  feePayers!: FeePayerInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Number of the access card (门禁卡) issued to the lessee on the first day (R-CUS-8).',
  })
  accessCardNumber?: string | null;
}

@InputType({ description: 'Items the old owner returned on an ownership transfer (R-CUS-7).' })
export class TransferReturnsInput {
  @Field(() => ID, { description: 'The ownership-transfer request.' })
  requestId!: string;

  @Field(() => [TransferReturnItem], { description: 'The items returned now.' })
  items!: TransferReturnItem[];

  @Field(() => String, {
    nullable: true,
    description: 'Who received them for the company; the recording staff when omitted.',
  })
  receivedBy?: string | null;
}

@InputType({ description: 'The decision on the old owner’s archive (R-CUS-7, R-ARC-4).' })
export class TransferArchiveDecisionInput {
  @Field(() => ID, { description: 'The ownership-transfer request.' })
  requestId!: string;

  @Field(() => TransferArchiveDecision, { description: 'KEEP or DESTROY.' })
  decision!: TransferArchiveDecision;

  @Field(() => String, {
    nullable: true,
    description: 'Why, recorded on a destruction request; a default naming the transfer when omitted.',
  })
  reason?: string | null;
}
