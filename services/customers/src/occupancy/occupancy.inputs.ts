import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { ChecklistItem } from './occupancy.rules';
import { MeterKind } from './occupancy.types';

@InputType({ description: 'A meter reading at handover.' })
export class MeterReadingAtHandoverInput {
  @Field(() => MeterKind, { description: 'Which meter.' })
  meter!: MeterKind;

  @Field(() => Float, { description: 'The reading (m³ or kWh).' })
  reading!: number;
}

@InputType({
  description: 'A customer moving into a unit (see R-CUS-4, R-CUS-5 in docs/domain-rules.md).',
})
export class MoveInInput {
  @Field(() => ID, { description: 'The customer.' })
  customerId!: string;

  @Field(() => ID, { description: 'The unit.' })
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

  @Field(() => Int, { description: 'Keys handed over.', nullable: true })
  keysHandedOver?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Defects still open: the policy number of keys is kept back.',
  })
  defectsOpen?: boolean | null;
}

@InputType({ description: 'A move-in notice to send.' })
export class MoveInNoticeInput {
  @Field(() => ID, { description: 'The owner.' })
  customerId!: string;

  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;

  @Field(() => DateScalar, { description: 'Move-in deadline given in the notice (入伙通知书).' })
  deadline!: string;
}
