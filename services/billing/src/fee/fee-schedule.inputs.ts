import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, FenScalar } from '@pm/graphql';

@InputType({
  description: 'Fee item prices of a property from a date, in fen.',
})
export class SetFeeScheduleInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field(() => DateScalar, {
    description: 'First day the prices apply (YYYY-MM-DD).',
  })
  effectiveFrom!: string;
  @Field(() => FenScalar, {
    description: 'Management fee per m² per month, in fen.',
  })
  managementFenPerSqm!: number;
  @Field(() => FenScalar, { description: 'Water price per m³, in fen.' })
  waterFenPerUnit!: number;
  @Field(() => FenScalar, { description: 'Electricity price per kWh, in fen.' })
  electricityFenPerUnit!: number;
  @Field(() => FenScalar, { description: 'Gas price per m³, in fen.' })
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
