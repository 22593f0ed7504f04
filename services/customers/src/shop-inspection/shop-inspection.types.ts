import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { Shop, ShopInspection } from './shop-inspection.entity';
import { ShopComplianceProblem, ShopContractKind } from './shop-inspection.rules';

registerEnumType(ShopContractKind, {
  name: 'ShopContractKind',
  description: 'R-CUS-15: a contract an F&B shop must have on file.',
  valuesConfig: {
    DUCT_CLEANING: { description: 'Kitchen-exhaust duct cleaning (油烟管道清洁).' },
    PEST_CONTROL: { description: 'Pest control (四害消杀).' },
  },
});

registerEnumType(ShopComplianceProblem, {
  name: 'ShopComplianceProblem',
  description: 'R-CUS-15: what is wrong with an F&B shop’s contracts or duct cleaning.',
  valuesConfig: {
    DUCT_CLEANING_CONTRACT_MISSING: { description: 'No duct-cleaning contract on file.' },
    DUCT_CLEANING_CONTRACT_EXPIRED: { description: 'No duct-cleaning contract in force that day.' },
    PEST_CONTROL_CONTRACT_MISSING: { description: 'No pest-control contract on file.' },
    PEST_CONTROL_CONTRACT_EXPIRED: { description: 'No pest-control contract in force that day.' },
    DUCT_CLEANING_NOT_RECORDED: { description: 'No duct cleaning recorded.' },
    DUCT_CLEANING_OVERDUE: {
      description: 'The last duct cleaning is older than customers.ductCleaningIntervalDays.',
    },
  },
});

@ObjectType({
  description:
    'R-CUS-15: a shop’s inspection state on a day: last and next inspection, open rectifications and, for F&B, contract and duct-cleaning problems.',
})
export class ShopInspectionStatus {
  @Field(() => Shop, { description: 'The shop.' })
  shop!: Shop;

  @Field(() => Int, {
    description:
      'Months between inspections: customers.shopInspectionMonthsFnb or customers.shopInspectionMonthsOther.',
  })
  cycleMonths!: number;

  @Field(() => DateScalar, {
    description: 'Day of the last inspection; null when never inspected.',
    nullable: true,
  })
  lastInspectedOn!: string | null;

  @Field(() => DateScalar, { description: 'Day the next inspection is due.' })
  nextDueOn!: string;

  @Field({ description: 'An inspection is due: nextDueOn is the day or earlier.' })
  due!: boolean;

  @Field({ description: 'nextDueOn has passed without an inspection.' })
  overdue!: boolean;

  @Field(() => [ShopInspection], { description: 'Failed inspections not yet rectified, oldest first.' })
  openRectifications!: ShopInspection[];

  @Field({ description: 'An open rectification is past its deadline.' })
  rectificationOverdue!: boolean;

  @Field(() => DateScalar, {
    description: 'Day of the last duct cleaning; null when none recorded.',
    nullable: true,
  })
  lastDuctCleanedOn!: string | null;

  @Field(() => [ShopComplianceProblem], {
    description: 'F&B only: missing or expired contracts, duct cleaning not done.',
  })
  problems!: ShopComplianceProblem[];
}
