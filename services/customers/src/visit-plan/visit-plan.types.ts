import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { KpiMeasure } from '@pm/graphql';
import { TenantVisitPlanEntry } from './visit-plan.entity';

@ObjectType({ description: 'A property’s tenant visit plan of a year against R-KPI-9 (年拜访率).' })
export class TenantVisitPlan {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;

  @Field(() => Int, { description: 'Calendar year of the plan, e.g. 2026.' })
  year!: number;

  @Field(() => [TenantVisitPlanEntry], { description: 'Tenants on the plan, each with its planned month.' })
  entries!: TenantVisitPlanEntry[];

  @Field(() => Int, { description: 'Number of tenants on the plan.' })
  planned!: number;

  @Field(() => Int, { description: 'Planned visits made.' })
  visited!: number;

  @Field(() => Int, { description: 'Planned visits whose month has passed without the visit.' })
  overdue!: number;

  @Field(() => [ID], {
    description: 'Current customers of the property (an open occupancy) not on the plan.',
  })
  unplannedCustomerIds!: string[];

  @Field(() => Float, { nullable: true, description: 'visited ÷ planned.' })
  visitRate!: number | null;

  @Field(() => KpiMeasure, { description: 'R-KPI-9: visitRate against kpi.tenantYearlyVisitRateMin.' })
  visits!: KpiMeasure;
}
