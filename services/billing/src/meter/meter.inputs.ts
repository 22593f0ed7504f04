import { Field, Float, ID, InputType } from 'type-graphql';
import { MeterKind } from './meter.rules';

@InputType({ description: 'One meter reading.	一条抄表读数。' })
export class MeterReadingInput {
  @Field(() => ID, { description: 'The unit metered.	抄表的单元。' })
  unitId!: string;
  @Field(() => MeterKind, { description: 'Which meter.	表计类型。' })
  meter!: MeterKind;
  @Field(() => Float, {
    description:
      'The reading (m³ or kWh), not lower than the previous one.	读数（m³ 或 kWh），不得低于上次读数。',
  })
  reading!: number;
  @Field({
    description:
      'When the meter was read (ISO-8601 with offset), not in the future.	抄表时间（带时区偏移的 ISO-8601），不得晚于当前时间。',
  })
  readAt!: Date;
}
