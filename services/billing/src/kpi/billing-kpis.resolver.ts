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
import { DateScalar, GraphQLContext, notFound, requirePrincipal, FenScalar } from '@pm/graphql';
import { BillingKpiService } from './billing-kpis.service';

/** Tenancy owns Property; billing adds billingKpis (HQ reports). */
@Directive('@key(fields: "id")')
@ObjectType('Property')
export class PropertyRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class ArrearsByStage {
  @Field()
  stage!: string;
  @Field(() => Int)
  customers!: number;
  @Field(() => FenScalar)
  overdueFen!: number;
}

@ObjectType({ description: 'R-KPI-8 fee collection for a period, with the counts it was computed from.' })
export class BillingKpis {
  @Field()
  period!: string;
  @Field(() => FenScalar)
  billedFen!: number;
  @Field(() => FenScalar)
  collectedFen!: number;
  @Field(() => Int)
  bills!: number;
  @Field(() => Int)
  paidBills!: number;
  @Field(() => Float, { description: 'collectedFen / billedFen in [0, 1] (0 when nothing was billed).' })
  collectionRate!: number;
  @Field(() => Float, { description: 'Policy target (kpi.feeCollectionRateMin).' })
  target!: number;
  @Field(() => FenScalar, { description: 'Overdue fen of the property as of today.' })
  arrearsFen!: number;
  @Field(() => DateScalar)
  arrearsAsOf!: string;
  @Field(() => [ArrearsByStage])
  arrearsByStage!: ArrearsByStage[];
}

@Resolver(() => PropertyRef)
export class BillingKpiResolver {
  constructor(private kpis: BillingKpiService) {}

  @Authorized(StaffRole.HQ, StaffRole.SITE_MANAGER, StaffRole.FINANCE)
  @FieldResolver(() => BillingKpis)
  async billingKpis(@Root() p: PropertyRef, @Arg('period') period: string, @Ctx() ctx: GraphQLContext) {
    const k = await this.kpis.kpis(requirePrincipal(ctx), p.id, period);
    if (!k) throw notFound('property');
    return k;
  }
}

export const resolvePropertyReference = (ref: { id: string }) => ({ id: ref.id });
