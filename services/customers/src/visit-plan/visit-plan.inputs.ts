import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@pm/graphql';

@InputType()
export class PlannedVisitInput {
  @Field(() => ID)
  customerId!: string;

  @Field({ description: 'YYYY-MM of the plan’s year.' })
  plannedMonth!: string;
}

@InputType()
export class PlanTenantVisitsInput {
  @Field(() => ID)
  propertyId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [PlannedVisitInput], { description: 'Tenants added to the year’s plan.' })
  entries!: PlannedVisitInput[];
}

@InputType()
export class RecordTenantVisitInput {
  @Field(() => ID)
  entryId!: string;

  @Field(() => DateScalar, { description: 'Not after today (property time), in the plan’s year.' })
  visitedOn!: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}
