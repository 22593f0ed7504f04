import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import {
  GraphQLContext,
  MAX_TREND_MONTHS,
  PageArgsInput,
  kpiMonths,
  loaderFor,
  assertPropertyVisible,
  requirePrincipal,
} from '@pm/graphql';
import { ServiceKpis } from '../kpi/kpi.types';
import { companyServiceKpis, serviceKpisFor } from '../kpi/kpi.service';
import { TicketConnection } from '../ticket/ticket.resolver';
import { TicketService } from '../ticket/ticket.service';

/** Property is owned by tenancy; tickets adds its service KPIs. */
@Directive('@key(fields: "id")')
@ObjectType('Property', {
  description:
    'A managed site of the company (小区 / 大厦 / 广场 / 购物中心): the unit of site scope for staff and partner apps.',
})
export class PropertyRef {
  @Field(() => ID, { description: 'Stable id of the property.' })
  id!: string;
}

/** The company's KPIs of a month are named by tenancy; tickets adds the service KPIs. */
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
export class CompanyServiceKpiResolver {
  @FieldResolver(() => ServiceKpis, {
    description:
      'Service KPIs of the month over every property the caller may see (counts summed, then the rates).',
  })
  serviceKpis(@Root() c: CompanyKpisRef, @Ctx() ctx: GraphQLContext) {
    const principal = requirePrincipal(ctx);
    return ctx.db.tx((em) => companyServiceKpis(em, c.period), principal);
  }
}

/** Customer is owned by customers; tickets adds the customer's tickets. */
@Directive('@key(fields: "id")')
@ObjectType('Customer', {
  description:
    'A customer (客户): owner, lessee, occupant or external customer of the company (see R-CUS-1 in docs/domain-rules.md).',
})
export class CustomerRef {
  @Field(() => ID, { description: 'Stable id of the customer.' })
  id!: string;
}

@Resolver(() => PropertyRef)
export class PropertyKpiResolver {
  @FieldResolver(() => ServiceKpis, {
    description: 'Monthly service KPIs (period YYYY-MM, in the property’s time zone).',
  })
  serviceKpis(
    @Root() p: PropertyRef,
    @Arg('period', { description: "Month, YYYY-MM, in the property's time zone." })
    period: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return serviceKpisOf(ctx, p.id, kpiMonths(period, period)).then(([k]) => k);
  }

  @FieldResolver(() => [ServiceKpis], {
    description: `Service KPIs month by month from \`from\` to \`to\` (YYYY-MM, at most ${MAX_TREND_MONTHS} months), for a trend chart.`,
  })
  serviceKpiTrend(
    @Root() p: PropertyRef,
    @Arg('from', { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', { description: 'Last month, YYYY-MM.' }) to: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return serviceKpisOf(ctx, p.id, kpiMonths(from, to));
  }
}

/** Every property and month asked for in one request is counted together (one statement). */
async function serviceKpisOf(ctx: GraphQLContext, propertyId: string, months: string[]) {
  const principal = requirePrincipal(ctx);
  assertPropertyVisible(principal, propertyId);
  const loader = loaderFor<ServiceKpis & { id: string }>(ctx, 'serviceKpis', async (keys) => {
    const requests = keys.map((k) => {
      const [id, period] = k.split('|');
      return { propertyId: id, period };
    });
    const kpis = await ctx.db.tx((em) => serviceKpisFor(em, requests), principal);
    return kpis.map((k, i) => ({ ...k, id: keys[i] }));
  });
  return Promise.all(months.map((m) => loader.load(`${propertyId}|${m}`)));
}

@Resolver(() => CustomerRef)
export class CustomerTicketsResolver {
  constructor(private svc: TicketService) {}

  @FieldResolver(() => TicketConnection, {
    description: 'The customer’s tickets on the properties the caller may see.',
  })
  tickets(@Root() c: CustomerRef, @Args() page: PageArgsInput, @Ctx() ctx: GraphQLContext) {
    return this.svc.list(requirePrincipal(ctx), { customerId: c.id }, page);
  }
}

export const resolveStubReference = (ref: { id: string }) => ({ id: ref.id });
