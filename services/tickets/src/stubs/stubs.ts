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
  PageArgsInput,
  assertPropertyVisible,
  requirePrincipal,
  validationFailed,
} from '@pm/graphql';
import { PropertyProjection } from '../projection/projection.entities';
import { ServiceKpis } from '../kpi/kpi.types';
import { serviceKpis } from '../kpi/kpi.service';
import { TicketConnection } from '../ticket/ticket.resolver';
import { TicketService } from '../ticket/ticket.service';
import { DEFAULT_TIME_ZONE } from '@pm/time';

/** Property is owned by tenancy; tickets adds its service KPIs. */
@Directive('@key(fields: "id")')
@ObjectType('Property')
export class PropertyRef {
  @Field(() => ID)
  id!: string;
}

/** Customer is owned by customers; tickets adds the customer's tickets. */
@Directive('@key(fields: "id")')
@ObjectType('Customer')
export class CustomerRef {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => PropertyRef)
export class PropertyKpiResolver {
  @FieldResolver(() => ServiceKpis, {
    description: 'Monthly service KPIs (period YYYY-MM, in the property’s time zone).',
  })
  async serviceKpis(@Root() p: PropertyRef, @Arg('period') period: string, @Ctx() ctx: GraphQLContext) {
    const principal = requirePrincipal(ctx);
    assertPropertyVisible(principal, p.id);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
      throw validationFailed('period is YYYY-MM', [{ field: 'period', message: 'YYYY-MM' }]);
    return ctx.db.tx(async (em) => {
      const prop = await em.findOne(PropertyProjection, { id: p.id });
      return serviceKpis(em, p.id, period, prop?.timeZone ?? DEFAULT_TIME_ZONE);
    }, principal);
  }
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
