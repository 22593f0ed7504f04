import {
  Arg,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, assertPropertyVisible, requirePrincipal, validationFailed } from '@pm/graphql';
import { Database } from '@pm/db';
import { one } from '@pm/db';
import { ArchiveService } from '../archive/archive.service';
import { periodRange, rate } from './kpi.rules';

/** Rates are fractions in [0, 1] (null when nothing was counted) with the counts behind them. */
@ObjectType()
export class CustomerKpis {
  @Field()
  period!: string;

  @Field(() => Int, { description: 'Customers registered by the end of the period.' })
  customers!: number;

  @Field(() => Int)
  moveIns!: number;

  @Field(() => Int)
  moveOuts!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-4: customersLeft ÷ customersOccupying (customers occupying during the period).',
  })
  churnRate!: number | null;

  @Field(() => Int)
  customersLeft!: number;

  @Field(() => Int)
  customersOccupying!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-5: archivesIncomplete ÷ archivesChecked (the completeness check, now).',
  })
  dataErrorRate!: number | null;

  @Field(() => Int)
  archivesIncomplete!: number;

  @Field(() => Int)
  archivesChecked!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-9: customersVisited (visit.recorded in the period) ÷ customers.',
  })
  visitPlanCoverage!: number | null;

  @Field(() => Int)
  customersVisited!: number;
}

/** Property is tenancy's entity; this subgraph adds customerKpis. */
@Directive('@key(fields: "id")')
@ObjectType('Property')
export class PropertyRef {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => PropertyRef)
export class PropertyKpiResolver {
  constructor(private db: Database) {}

  @Authorized(StaffRole.HQ, StaffRole.SITE_MANAGER, StaffRole.CS_SUPERVISOR)
  @FieldResolver(() => CustomerKpis, { description: 'R-KPI-4, R-KPI-5, R-KPI-9; period YYYY-MM or YYYY.' })
  async customerKpis(
    @Root() p: PropertyRef,
    @Arg('period') period: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CustomerKpis> {
    const principal = requirePrincipal(ctx);
    assertPropertyVisible(principal, p.id);
    const range = periodRange(period);
    if (!range)
      throw validationFailed('period is invalid', [{ field: 'period', message: 'YYYY-MM or YYYY' }]);
    return this.db.tx(async (em) => {
      const args = [p.id, range.from, range.to];
      const n = async (sql: string, params: unknown[]) => (await one<{ n: number }>(em, sql, params))!.n;
      const customers = await n(
        `select count(*)::int as n from customers where property_id = ? and created_at < ?::date`,
        [p.id, range.to],
      );
      const moveIns = await n(
        `select count(*)::int as n from occupancies where property_id = ? and start_date >= ? and start_date < ?`,
        args,
      );
      const moveOuts = await n(
        `select count(*)::int as n from occupancies where property_id = ? and end_date >= ? and end_date < ?`,
        args,
      );
      const occupying = await n(
        `select count(distinct customer_id)::int as n from occupancies where property_id = ? and start_date < ? and (end_date is null or end_date >= ?)`,
        [p.id, range.to, range.from],
      );
      const left = await n(
        `select count(distinct customer_id)::int as n from occupancies o where property_id = ? and end_date >= ? and end_date < ?
           and not exists (select 1 from occupancies o2 where o2.customer_id = o.customer_id and o2.end_date is null)`,
        args,
      );
      const visited = await n(
        `select count(distinct customer_id)::int as n from customer_visits where property_id = ? and at >= ?::date and at < ?::date`,
        args,
      );
      const completeness = await ArchiveService.completenessIn(em, p.id);
      return {
        period,
        customers,
        moveIns,
        moveOuts,
        churnRate: rate(left, occupying),
        customersLeft: left,
        customersOccupying: occupying,
        dataErrorRate: rate(completeness.incomplete, completeness.archivesChecked),
        archivesIncomplete: completeness.incomplete,
        archivesChecked: completeness.archivesChecked,
        visitPlanCoverage: rate(visited, customers),
        customersVisited: visited,
      };
    }, principal);
  }
}

export const resolvePropertyReference = (ref: { id: string }) => ({ id: ref.id });
