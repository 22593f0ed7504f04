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
  @Field(() => FenScalar, {
    defaultValue: 0,
    description: 'Air-conditioning management fee (空调管理费) per m² per month; 0 = not charged.',
  })
  airConditioningFenPerSqm!: number;
  @Field(() => FenScalar, {
    defaultValue: 0,
    description: 'Renovation management fee (装修管理费) per m², once per renovation; 0 = not charged.',
  })
  renovationManagementFenPerSqm!: number;
}
