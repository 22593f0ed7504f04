import { Field, Float, Int, ObjectType } from 'type-graphql';
import { KpiMeasure } from '@pm/graphql';
import { AssemblyRequest, TenantAssembly } from './assembly.entity';

@ObjectType({ description: 'An assembly with the requests raised at it.' })
export class TenantAssemblyView extends TenantAssembly {
  @Field(() => [AssemblyRequest])
  requests!: AssemblyRequest[];
}

@ObjectType({
  description: 'A property’s tenant assemblies of a year against the R-KPI-9 targets (R-CUS-14).',
})
export class TenantAssemblyYear {
  @Field(() => Int)
  year!: number;

  @Field(() => [TenantAssemblyView])
  assemblies!: TenantAssemblyView[];

  @Field(() => [String], {
    description:
      'First months (YYYY-MM) of the periods up to today with no assembly (customers.tenantAssemblyIntervalMonths).',
  })
  missingPeriods!: string[];

  @Field(() => Int, { description: 'Current customers of the property (an open occupancy).' })
  tenants!: number;

  @Field(() => Int, { description: 'Of them, met face to face at an assembly of the year.' })
  tenantsMet!: number;

  @Field(() => Float, { nullable: true })
  coverageRate!: number | null;

  @Field(() => Int)
  requestsRaised!: number;

  @Field(() => Int)
  requestsReplied!: number;

  @Field(() => Float, { nullable: true })
  replyRate!: number | null;

  @Field(() => KpiMeasure, { description: 'R-KPI-9, kpi.tenantAssemblyCoverageMin.' })
  coverage!: KpiMeasure;

  @Field(() => KpiMeasure, { description: 'R-KPI-9, kpi.tenantAssemblyReplyRateMin.' })
  replies!: KpiMeasure;
}
