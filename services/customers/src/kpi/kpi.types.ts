import { Field, Float, Int, ObjectType } from 'type-graphql';
import { KpiMeasure } from '@pm/graphql';

/** Rates are fractions in [0, 1] (null when nothing was counted) with the counts behind them. */
@ObjectType({
  description:
    'Customer KPIs of a property for a period: churn, data errors and visit-plan coverage (see R-KPI-4, R-KPI-5, R-KPI-9 in docs/domain-rules.md), with the counts they come from.',
})
export class CustomerKpis {
  @Field({ description: 'The period as asked: YYYY-MM or YYYY.' })
  period!: string;

  @Field(() => Int, { description: 'Customers registered by the end of the period.' })
  customers!: number;

  @Field(() => Int, { description: 'Move-ins started in the period.' })
  moveIns!: number;

  @Field(() => Int, { description: 'Occupancies ended in the period.' })
  moveOuts!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-4: customersLeft ÷ customersOccupying (customers occupying during the period).',
  })
  churnRate!: number | null;

  @Field(() => Int, {
    description: 'Customers whose last occupancy ended in the period.',
  })
  customersLeft!: number;

  @Field(() => Int, {
    description: 'Customers occupying a unit at some time in the period.',
  })
  customersOccupying!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-5: archivesIncomplete ÷ archivesChecked (the completeness check, now).',
  })
  dataErrorRate!: number | null;

  @Field(() => Int, { description: 'Archives missing a required section now.' })
  archivesIncomplete!: number;

  @Field(() => Int, { description: 'Archives checked for completeness.' })
  archivesChecked!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'R-KPI-9: customersVisited ÷ visitsPlanned, the tenant visit plan (租户拜访计划) of the period’s months.',
  })
  visitPlanCoverage!: number | null;

  @Field(() => Int, { description: 'Tenant visits planned for a month of the period (tenantVisitPlan).' })
  visitsPlanned!: number;

  @Field(() => Int, { description: 'Of the visits planned for the period, those made.' })
  customersVisited!: number;
  @Field(() => KpiMeasure, {
    description:
      'R-KPI-4: churnRate against kpi.churnRateMax, an annual target: ask for a year (YYYY) to compare like with like.',
  })
  churn!: KpiMeasure;
  @Field(() => KpiMeasure, { description: 'R-KPI-5: dataErrorRate, to stay below kpi.dataErrorRateMax.' })
  dataErrors!: KpiMeasure;
  @Field(() => KpiMeasure, {
    description:
      'R-KPI-9: visitPlanCoverage against kpi.tenantYearlyVisitRateMin, a yearly target (ask for YYYY).',
  })
  visitPlan!: KpiMeasure;
}
