import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { PlanTenantVisitsInput, RecordTenantVisitInput } from './visit-plan.inputs';
import { VisitPlanService } from './visit-plan.service';
import { TenantVisitPlan } from './visit-plan.types';

@Resolver(() => TenantVisitPlan)
export class VisitPlanResolver {
  constructor(private service: VisitPlanService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => TenantVisitPlan, {
    description: 'R-KPI-9: tenants put on the year’s visit plan (租户拜访计划), each in a month.',
  })
  planTenantVisits(
    @Arg('input', { description: 'The property, the year and the tenants to add.' })
    input: PlanTenantVisitsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.plan(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => TenantVisitPlan, { description: 'R-KPI-9: a planned tenant visit made.' })
  recordTenantVisit(
    @Arg('input', { description: 'The plan entry and the visit made.' }) input: RecordTenantVisitInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.record(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => TenantVisitPlan, {
    description: 'R-KPI-9: a property’s tenant visit plan of a year and its visit rate against the target.',
  })
  tenantVisitPlan(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('year', () => Int, { description: 'Calendar year of the plan, e.g. 2026.' }) year: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.find(requirePrincipal(ctx), propertyId, year);
  }
}
