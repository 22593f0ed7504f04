import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, FenScalar } from '@pm/graphql';

@InputType({
  description: 'Fee item prices of a property from a date, in fen.	自某日起的项目收费标准，单位：分。',
})
export class SetFeeScheduleInput {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;
  @Field(() => DateScalar, {
    description: 'First day the prices apply (YYYY-MM-DD).	价格开始生效日期（YYYY-MM-DD）。',
  })
  effectiveFrom!: string;
  @Field(() => FenScalar, {
    description: 'Management fee per m² per month, in fen.	每月每平方米管理费，单位：分。',
  })
  managementFenPerSqm!: number;
  @Field(() => FenScalar, { description: 'Water price per m³, in fen.	水费单价（每 m³），单位：分。' })
  waterFenPerUnit!: number;
  @Field(() => FenScalar, { description: 'Electricity price per kWh, in fen.	电费单价（每 kWh），单位：分。' })
  electricityFenPerUnit!: number;
  @Field(() => FenScalar, { description: 'Gas price per m³, in fen.	燃气单价（每 m³），单位：分。' })
  gasFenPerUnit!: number;
}
