import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { ChecklistItem } from './occupancy.rules';
import { MeterKind } from './occupancy.types';

@InputType()
export class MeterReadingAtHandoverInput {
  @Field(() => MeterKind)
  meter!: MeterKind;

  @Field(() => Float)
  reading!: number;
}

@InputType()
export class MoveInInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar, { description: 'May be in the past (recording history).' })
  date!: string;

  @Field(() => [ChecklistItem], { nullable: true, description: 'Documents handed in and conditions met.' })
  documents?: ChecklistItem[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Done by an agent: a power of attorney is needed.' })
  byAgent?: boolean | null;

  @Field(() => [MeterReadingAtHandoverInput], {
    nullable: true,
    description: 'Readings at handover (房屋交接验收表), sent to billing.',
  })
  meterReadings?: MeterReadingAtHandoverInput[] | null;

  @Field(() => Int, { nullable: true })
  keysHandedOver?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Defects still open: the policy number of keys is kept back.',
  })
  defectsOpen?: boolean | null;
}

@InputType()
export class MoveInNoticeInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar, { description: 'Move-in deadline given in the notice (入伙通知书).' })
  deadline!: string;
}
