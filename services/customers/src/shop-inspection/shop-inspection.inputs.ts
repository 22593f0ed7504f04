import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { ShopContractKind } from './shop-inspection.rules';

@InputType({ description: 'R-CUS-15: a shop tenant put under the inspection cycle.' })
export class RegisterShopInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;

  @Field(() => ID, { description: 'A unit of the property.' })
  unitId!: string;

  @Field(() => ID, { description: 'The customer currently occupying the unit.' })
  customerId!: string;

  @Field({
    description: 'Food and beverage (餐饮): monthly inspections, duct-cleaning and pest-control contracts.',
  })
  foodAndBeverage!: boolean;
}

@InputType({ description: 'R-CUS-15: an inspection of a shop (巡场).' })
export class RecordShopInspectionInput {
  @Field(() => ID, { description: 'The shop.' })
  shopId!: string;

  @Field(() => DateScalar, { description: 'Day of the inspection (property time), not after today.' })
  inspectedOn!: string;

  @Field({ description: 'Whether nothing needed putting right.' })
  passed!: boolean;

  @Field(() => String, {
    description: 'What was found; required when failed, at most 2000 characters.',
    nullable: true,
  })
  findings?: string | null;

  @Field(() => DateScalar, {
    description:
      'Failed only: deadline of the rectification notice (整改通知), not before the inspection; by default customers.rectificationDays after it.',
    nullable: true,
  })
  rectificationDeadline?: string | null;
}

@InputType({ description: 'R-CUS-15: a failed inspection’s rectification done.' })
export class RecordShopRectificationInput {
  @Field(() => ID, { description: 'The failed inspection.' })
  inspectionId!: string;

  @Field(() => DateScalar, { description: 'Day done: from the inspection to today.' })
  rectifiedOn!: string;
}

@InputType({ description: 'R-CUS-15: a contract of a shop put on file (合同备案).' })
export class RegisterShopContractInput {
  @Field(() => ID, { description: 'The shop.' })
  shopId!: string;

  @Field(() => ShopContractKind, { description: 'What the contract covers.' })
  kind!: ShopContractKind;

  @Field({ description: 'The contractor, 1–200 characters.' })
  contractor!: string;

  @Field(() => DateScalar, { description: 'First day in force.' })
  validFrom!: string;

  @Field(() => DateScalar, { description: 'Last day in force, not before validFrom.' })
  validTo!: string;
}

@InputType({ description: 'R-CUS-15: a kitchen-exhaust duct cleaning carried out.' })
export class RecordDuctCleaningInput {
  @Field(() => ID, { description: 'The shop.' })
  shopId!: string;

  @Field(() => DateScalar, { description: 'Day cleaned (property time), not after today.' })
  cleanedOn!: string;

  @Field(() => String, { description: 'Who cleaned it, at most 200 characters.', nullable: true })
  contractor?: string | null;
}
