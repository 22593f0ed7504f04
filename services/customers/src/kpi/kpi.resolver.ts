import {
  Arg,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import {
  GraphQLContext,
  MAX_TREND_MONTHS,
  assertPropertyVisible,
  kpiMonths,
  loaderFor,
  requirePrincipal,
  validationFailed,
} from '@pm/graphql';
import { PropertyRef } from '../property/property.stub';
import { periodRange } from './kpi.rules';
import { companyCustomerKpis, customerKpisFor } from './kpi.service';
import { CustomerKpis } from './kpi.types';

const KPI_READERS = [StaffRole.HQ, StaffRole.SITE_MANAGER, StaffRole.CS_SUPERVISOR];

@Resolver(() => PropertyRef)
export class PropertyKpiResolver {
  @Authorized(...KPI_READERS)
  @FieldResolver(() => CustomerKpis, { description: 'R-KPI-4, R-KPI-5, R-KPI-9; period YYYY-MM or YYYY.' })
  async customerKpis(
    @Root() p: PropertyRef,
    @Arg('period', {
      description: "Month (YYYY-MM) or year (YYYY), in the property's time zone.",
    })
    period: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (!periodRange(period))
      throw validationFailed('period is invalid', [{ field: 'period', message: 'YYYY-MM or YYYY' }]);
    const [kpis] = await customerKpisOf(ctx, p.id, [period]);
    return kpis;
  }

  @Authorized(...KPI_READERS)
  @FieldResolver(() => [CustomerKpis], {
    description: `Customer KPIs month by month from \`from\` to \`to\` (YYYY-MM, at most ${MAX_TREND_MONTHS} months), for a trend chart.`,
  })
  customerKpiTrend(
    @Root() p: PropertyRef,
    @Arg('from', { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', { description: 'Last month, YYYY-MM.' }) to: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return customerKpisOf(ctx, p.id, kpiMonths(from, to));
  }
}

/** The company's KPIs of a month are named by tenancy; customers adds the customer KPIs. */
@Directive('@key(fields: "period")')
@ObjectType('CompanyKpis', {
  description:
    "The company's KPIs for a month, rolled up over the properties the caller may see; each subgraph adds its domain's KPIs.",
})
export class CompanyKpisRef {
  @Field({ description: 'Month, YYYY-MM.' })
  period!: string;
}

@Resolver(() => CompanyKpisRef)
export class CompanyCustomerKpiResolver {
  @Authorized(...KPI_READERS)
  @FieldResolver(() => CustomerKpis, {
    description:
      'Customer KPIs of the month over every property the caller may see (counts summed, then the rates).',
  })
  customerKpis(@Root() c: CompanyKpisRef, @Ctx() ctx: GraphQLContext) {
    const principal = requirePrincipal(ctx);
    return ctx.db.tx((em) => companyCustomerKpis(em, c.period), principal);
  }
}

/** Every property and period asked for in one request is counted together. */
async function customerKpisOf(ctx: GraphQLContext, propertyId: string, periods: string[]) {
  const principal = requirePrincipal(ctx);
  assertPropertyVisible(principal, propertyId);
  const loader = loaderFor<CustomerKpis & { id: string }>(ctx, 'customerKpis', async (keys) => {
    const requests = keys.map((k) => {
      const [id, period] = k.split('|');
      return { propertyId: id, period };
    });
    const kpis = await ctx.db.tx((em) => customerKpisFor(em, requests), principal);
    return kpis.map((k, i) => ({ ...k, id: keys[i] }));
  });
  return Promise.all(periods.map((m) => loader.load(`${propertyId}|${m}`)));
}
