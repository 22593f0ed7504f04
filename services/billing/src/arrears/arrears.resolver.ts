import {
  Arg,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, GraphQLContext, loaderFor, requirePrincipal, FenScalar } from '@pm/graphql';
import { ArrearsService } from './arrears.service';

export enum ArrearsStageEnum {
  OVERDUE = 'OVERDUE',
  ARREARS = 'ARREARS',
  MEDIATION = 'MEDIATION',
  PUBLIC_LISTING = 'PUBLIC_LISTING',
  LEGAL = 'LEGAL',
}
registerEnumType(ArrearsStageEnum, {
  name: 'ArrearsStage',
  description:
    'R-BIL-7 (thresholds are policies): OVERDUE ≤ 1 month; MEDIATION > 1 and ≤ 2 months; PUBLIC_LISTING > 2 months; LEGAL ≥ 3 months; ARREARS only when policies leave a gap.',
});

/** The customers subgraph owns Customer; billing adds balanceFen and arrearsMonths. */
@Directive('@key(fields: "id")')
@ObjectType('Customer')
export class CustomerRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'One customer’s overdue amount and ageing (R-BIL-7).' })
export class ArrearsRow {
  @Field(() => CustomerRef)
  customer!: CustomerRef;
  @Field(() => FenScalar)
  overdueFen!: number;
  @Field(() => Int, { description: 'Complete months since the oldest unpaid due date.' })
  months!: number;
  @Field(() => ArrearsStageEnum)
  stage!: ArrearsStageEnum;
  @Field(() => DateScalar)
  oldestDueDate!: string;
}

@Resolver(() => ArrearsRow)
export class ArrearsResolver {
  constructor(private arrearsService: ArrearsService) {}

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ, StaffRole.CS_SUPERVISOR)
  @Query(() => [ArrearsRow])
  async arrears(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('asOf', () => DateScalar) asOf: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ArrearsRow[]> {
    const rows = await this.arrearsService.arrears(requirePrincipal(ctx), propertyId, asOf);
    return rows.map((r) => ({ ...r, stage: r.stage as ArrearsStageEnum, customer: { id: r.customerId } }));
  }
}

@Resolver(() => CustomerRef)
export class CustomerBalanceResolver {
  constructor(private arrearsService: ArrearsService) {}

  private load(ctx: GraphQLContext, id: string) {
    const p = requirePrincipal(ctx);
    return loaderFor(ctx, 'CustomerBalance', async (ids) => {
      const m = await this.arrearsService.balances(p, ids);
      return ids.map((i) => ({ id: i, ...m.get(i)! }));
    }).load(id);
  }

  @FieldResolver(() => FenScalar, {
    description: 'Unpaid fen of all bills less unallocated credit (billing).',
  })
  async balanceFen(@Root() c: CustomerRef, @Ctx() ctx: GraphQLContext) {
    return (await this.load(ctx, c.id))?.balanceFen ?? 0;
  }

  @FieldResolver(() => Int, {
    description: 'Complete months since the oldest unpaid due date (billing, R-BIL-7).',
  })
  async arrearsMonths(@Root() c: CustomerRef, @Ctx() ctx: GraphQLContext) {
    return (await this.load(ctx, c.id))?.arrearsMonths ?? 0;
  }
}

export const resolveCustomerReference = (ref: { id: string }) => ({ id: ref.id });
