import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, FenScalar } from '@pm/graphql';

@InputType()
export class SetFeeScheduleInput {
  @Field(() => ID)
  propertyId!: string;
  @Field(() => DateScalar)
  effectiveFrom!: string;
  @Field(() => FenScalar)
  managementFenPerSqm!: number;
  @Field(() => FenScalar)
  waterFenPerUnit!: number;
  @Field(() => FenScalar)
  electricityFenPerUnit!: number;
  @Field(() => FenScalar)
  gasFenPerUnit!: number;
}
