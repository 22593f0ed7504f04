import { Field, Float, ID, InputType } from 'type-graphql';
import { MeterKind } from './meter.rules';

@InputType({ description: 'One meter reading.' })
export class MeterReadingInput {
  @Field(() => ID, { description: 'The unit metered.' })
  unitId!: string;
  @Field(() => MeterKind, { description: 'Which meter.' })
  meter!: MeterKind;
  @Field(() => Float, {
    description: 'The reading (m³ or kWh), not lower than the previous one.',
  })
  reading!: number;
  @Field({
    description: 'When the meter was read (ISO-8601 with offset), not in the future.',
  })
  readAt!: Date;
}
