import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { PropertyRef } from '../property/property.stub';
import { BillingKpiService } from './billing-kpis.service';
import { BillingKpis } from './billing-kpis.types';

@Resolver(() => PropertyRef)
export class BillingKpiResolver {
  constructor(private kpis: BillingKpiService) {}

  @Authorized(StaffRole.HQ, StaffRole.SITE_MANAGER, StaffRole.FINANCE)
  @FieldResolver(() => BillingKpis)
  billingKpis(@Root() p: PropertyRef, @Arg('period') period: string, @Ctx() ctx: GraphQLContext) {
    return this.kpis.kpis(requirePrincipal(ctx), p.id, period);
  }
}
