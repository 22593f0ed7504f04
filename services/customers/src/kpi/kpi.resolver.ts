import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { Database } from '@pm/db';
import { GraphQLContext, assertPropertyVisible, requirePrincipal, validationFailed } from '@pm/graphql';
import { PropertyRef } from '../property/property.stub';
import { periodRange } from './kpi.rules';
import { customerKpis } from './kpi.service';
import { CustomerKpis } from './kpi.types';

@Resolver(() => PropertyRef)
export class PropertyKpiResolver {
  constructor(private db: Database) {}

  @Authorized(StaffRole.HQ, StaffRole.SITE_MANAGER, StaffRole.CS_SUPERVISOR)
  @FieldResolver(() => CustomerKpis, { description: 'R-KPI-4, R-KPI-5, R-KPI-9; period YYYY-MM or YYYY.' })
  customerKpis(@Root() p: PropertyRef, @Arg('period') period: string, @Ctx() ctx: GraphQLContext) {
    const principal = requirePrincipal(ctx);
    assertPropertyVisible(principal, p.id);
    const range = periodRange(period);
    if (!range)
      throw validationFailed('period is invalid', [{ field: 'period', message: 'YYYY-MM or YYYY' }]);
    return this.db.tx((em) => customerKpis(em, p.id, period, range), principal);
  }
}
