import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, FenScalar } from '@pm/graphql';

/** The prices in force, from a stored schedule or the platform defaults. */
@ObjectType('FeeSchedule', {
  description: 'Fee item prices of a property from a date (R-BIL-1); bills copy the prices they used.',
})
export class FeeScheduleView {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field(() => DateScalar, {
    description: 'First day the prices apply (YYYY-MM-DD).',
  })
  effectiveFrom!: string;
  @Field(() => FenScalar, { description: 'Management fee per m² per month, fen.' })
  managementFenPerSqm!: number;
  @Field(() => FenScalar, { description: 'Fen per m³.' })
  waterFenPerUnit!: number;
  @Field(() => FenScalar, { description: 'Fen per kWh.' })
  electricityFenPerUnit!: number;
  @Field(() => FenScalar, { description: 'Fen per m³.' })
  gasFenPerUnit!: number;
  @Field(() => FenScalar, {
    description: 'Air-conditioning management fee (空调管理费) per m² per month, fen.',
  })
  airConditioningFenPerSqm!: number;
  @Field(() => FenScalar, {
    description: 'Renovation management fee (装修管理费) per m², once per renovation, fen.',
  })
  renovationManagementFenPerSqm!: number;
  @Field({ description: 'True when the property has no schedule yet and the platform defaults apply.' })
  isDefault!: boolean;
}
