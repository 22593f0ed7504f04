import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@pm/graphql';

@InputType({ description: 'A tenant to put on the plan and the month to visit it.' })
export class PlannedVisitInput {
  @Field(() => ID, { description: 'The tenant (a current customer of the property).' })
  customerId!: string;

  @Field({ description: 'YYYY-MM of the plan’s year.' })
  plannedMonth!: string;
}

@InputType({
  description:
    'R-KPI-9: tenants to add to a property’s visit plan of a year; a tenant is on a year’s plan once.',
})
export class PlanTenantVisitsInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;

  @Field(() => Int, { description: 'Calendar year of the plan, e.g. 2026.' })
  year!: number;

  @Field(() => [PlannedVisitInput], { description: 'Tenants added to the year’s plan.' })
  entries!: PlannedVisitInput[];
}

@InputType({ description: 'R-KPI-9: a planned tenant visit made.' })
export class RecordTenantVisitInput {
  @Field(() => ID, { description: 'The plan entry (TenantVisitPlanEntry.id) visited.' })
  entryId!: string;

  @Field(() => DateScalar, { description: 'Not after today (property time), in the plan’s year.' })
  visitedOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the tenant said (走访记录), at most 2000 characters.',
  })
  notes?: string | null;
}
