import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@pm/graphql';

@InputType()
export class SetFeeScheduleInput {
  @Field(() => ID)
  propertyId!: string;
  @Field(() => DateScalar)
  effectiveFrom!: string;
  @Field(() => Int)
  managementFenPerSqm!: number;
  @Field(() => Int)
  waterFenPerUnit!: number;
  @Field(() => Int)
  electricityFenPerUnit!: number;
  @Field(() => Int)
  gasFenPerUnit!: number;
}
