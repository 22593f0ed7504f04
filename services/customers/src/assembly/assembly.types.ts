import { Field, Float, Int, ObjectType } from 'type-graphql';
import { KpiMeasure } from '@pm/graphql';
import { AssemblyRequest, TenantAssembly } from './assembly.entity';

@ObjectType({ description: 'An assembly with the requests raised at it.' })
export class TenantAssemblyView extends TenantAssembly {
  @Field(() => [AssemblyRequest], {
    description: 'Requests raised at the assembly and their replies.',
  })
  requests!: AssemblyRequest[];
}

@ObjectType({
  description: 'A property’s tenant assemblies of a year against the R-KPI-9 targets (R-CUS-14).',
})
export class TenantAssemblyYear {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => [TenantAssemblyView], {
    description: 'Assemblies held in the year, oldest first.',
  })
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

  @Field(() => Float, {
    description: 'tenantsMet ÷ tenants (0–1); null with no tenant.',
    nullable: true,
  })
  coverageRate!: number | null;

  @Field(() => Int, { description: "Requests raised at the year's assemblies." })
  requestsRaised!: number;

  @Field(() => Int, { description: 'Of them, replied.' })
  requestsReplied!: number;

  @Field(() => Float, {
    description: 'requestsReplied ÷ requestsRaised (0–1); null with no request.',
    nullable: true,
  })
  replyRate!: number | null;

  @Field(() => KpiMeasure, { description: 'R-KPI-9, kpi.tenantAssemblyCoverageMin.' })
  coverage!: KpiMeasure;

  @Field(() => KpiMeasure, { description: 'R-KPI-9, kpi.tenantAssemblyReplyRateMin.' })
  replies!: KpiMeasure;
}
