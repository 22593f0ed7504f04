import { Field, Float, ID, InputType } from 'type-graphql';
import { MeterKind } from './meter.rules';

@InputType()
export class MeterReadingInput {
  @Field(() => ID)
  unitId!: string;
  @Field(() => MeterKind)
  meter!: MeterKind;
  @Field(() => Float)
  reading!: number;
  @Field()
  readAt!: Date;
}
