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
import { GraphQLContext, MAX_TREND_MONTHS, kpiMonths, loaderFor, requirePrincipal } from '@pm/graphql';
import { PropertyRef } from '../property/property.stub';
import { BillingKpiService } from './billing-kpis.service';
import { BillingKpis } from './billing-kpis.types';

const KPI_READERS = [StaffRole.HQ, StaffRole.SITE_MANAGER, StaffRole.FINANCE];

/** The company's KPIs of a month are named by tenancy; billing adds the billing KPIs. */
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
export class CompanyBillingKpiResolver {
  constructor(private kpis: BillingKpiService) {}

  @Authorized(...KPI_READERS)
  @FieldResolver(() => BillingKpis, {
    description: 'Billing KPIs of the month over every property the caller may see (sums, then the rate).',
  })
  billingKpis(@Root() c: CompanyKpisRef, @Ctx() ctx: GraphQLContext) {
    return this.kpis.companyKpis(requirePrincipal(ctx), c.period);
  }
}

@Resolver(() => PropertyRef)
export class BillingKpiResolver {
  constructor(private kpis: BillingKpiService) {}

  @Authorized(...KPI_READERS)
  @FieldResolver(() => BillingKpis, {
    description:
      'Fee collection of the property for a month: billed, collected, rate against target and arrears by stage (see R-KPI-8 in docs/domain-rules.md). HQ, ADMIN, SITE_MANAGER, FINANCE (partner apps: kpi:read).',
  })
  async billingKpis(
    @Root() p: PropertyRef,
    @Arg('period', { description: "Month, YYYY-MM, in the property's time zone." })
    period: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const [kpis] = await this.of(ctx, p.id, kpiMonths(period, period));
    return kpis;
  }

  @Authorized(...KPI_READERS)
  @FieldResolver(() => [BillingKpis], {
    description: `Billing KPIs month by month from \`from\` to \`to\` (YYYY-MM, at most ${MAX_TREND_MONTHS} months), for a trend chart.`,
  })
  billingKpiTrend(
    @Root() p: PropertyRef,
    @Arg('from', { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', { description: 'Last month, YYYY-MM.' }) to: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.of(ctx, p.id, kpiMonths(from, to));
  }

  /** Every property and month asked for in one request is computed together. */
  private of(ctx: GraphQLContext, propertyId: string, months: string[]) {
    const loader = loaderFor<BillingKpis & { id: string }>(ctx, 'billingKpis', async (keys) => {
      const requests = keys.map((k) => {
        const [id, period] = k.split('|');
        return { propertyId: id, period };
      });
      const kpis = await this.kpis.kpisFor(requirePrincipal(ctx), requests);
      return kpis.map((k, i) => ({ ...k, id: keys[i] }));
    });
    return Promise.all(months.map((m) => loader.load(`${propertyId}|${m}`)));
  }
}
