import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { InspectionKind } from './renovation.rules';

@InputType()
export class ApplyRenovationInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar, {
    description: 'First day of the works; at least customers.renovationApplicationLeadDays ahead.',
  })
  startDate!: string;

  @Field({ description: 'The contractor (1–100 characters).' })
  contractor!: string;

  @Field(() => [String], { description: 'The works, one item each (1–50 items of 1–200 characters).' })
  works!: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Small, simple, no alterations (7.1.3); default false.',
  })
  smallJob?: boolean | null;
}

@InputType()
export class RecordRenovationInspectionInput {
  @Field(() => ID)
  renovationId!: string;

  @Field()
  passed!: boolean;

  @Field(() => [String], { nullable: true, description: 'Problems found; required when not passed.' })
  findings?: string[] | null;
}

@InputType()
export class RequestRenovationInspectionInput {
  @Field(() => ID)
  renovationId!: string;

  @Field(() => InspectionKind)
  kind!: InspectionKind;
}
