import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { InspectionKind } from './renovation.rules';

@InputType({
  description: 'A renovation application (see R-CUS-11 in docs/domain-rules.md).',
})
export class ApplyRenovationInput {
  @Field(() => ID, { description: 'The customer applying.' })
  customerId!: string;

  @Field(() => ID, { description: 'The unit.' })
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

@InputType({ description: 'The result of the pending inspection.' })
export class RecordRenovationInspectionInput {
  @Field(() => ID, { description: 'The renovation.' })
  renovationId!: string;

  @Field({ description: 'Whether it passed.' })
  passed!: boolean;

  @Field(() => [String], { nullable: true, description: 'Problems found; required when not passed.' })
  findings?: string[] | null;
}

@InputType({ description: 'An inspection asked for.' })
export class RequestRenovationInspectionInput {
  @Field(() => ID, { description: 'The renovation.' })
  renovationId!: string;

  @Field(() => InspectionKind, { description: 'Which inspection.' })
  kind!: InspectionKind;
}
