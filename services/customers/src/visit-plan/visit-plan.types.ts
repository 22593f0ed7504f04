import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { KpiMeasure } from '@pm/graphql';
import { TenantVisitPlanEntry } from './visit-plan.entity';

@ObjectType({ description: 'A property’s tenant visit plan of a year against R-KPI-9 (年拜访率).' })
export class TenantVisitPlan {
  @Field(() => ID)
  propertyId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [TenantVisitPlanEntry])
  entries!: TenantVisitPlanEntry[];

  @Field(() => Int)
  planned!: number;

  @Field(() => Int)
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
