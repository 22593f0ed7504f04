import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, FenScalar, GraphQLContext, loaderFor, requirePrincipal } from '@pm/graphql';
import { PageArgsInput } from '../common/page';
import { DunningRound } from '../dunning/dunning.entity';
import { DunningService } from '../dunning/dunning.service';
import { Bill, BillDispute, BillLine } from './bill.entity';
import { BillFilterInput } from './bill.inputs';
import { BillService } from './bill.service';
import { BillConnection, LateFeeExplanation } from './bill.types';

const READ_ROLES = [StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ, StaffRole.FRONT_DESK];

@Resolver(() => Bill)
export class BillResolver {
  constructor(
    private billService: BillService,
    private dunning: DunningService,
  ) {}

  @Authorized(...READ_ROLES)
  @Query(() => BillConnection, { description: 'Bills the caller may see (property scope), newest last.' })
  bills(
    @Arg('filter', () => BillFilterInput, {
      description: 'Narrows the list; absent fields do not filter.',
      nullable: true,
    })
    filter: BillFilterInput | null,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.billService.list(requirePrincipal(ctx), filter ?? {}, page);
  }

  @Authorized(...READ_ROLES)
  @Query(() => Bill, { nullable: true, description: 'Null when the bill does not exist for the caller.' })
  bill(@Arg('id', () => ID, { description: 'Id of the bill.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return this.billService.get(requirePrincipal(ctx), id);
  }

  @FieldResolver(() => [BillLine], { description: 'The fee items of the bill.' })
  async lines(@Root() bill: Bill, @Ctx() ctx: GraphQLContext): Promise<BillLine[]> {
    const p = requirePrincipal(ctx);
    const r = await loaderFor(ctx, 'BillLines', async (ids) => {
      const rows = await this.billService.lines(p, ids);
      return ids.map((id) => ({ id, lines: rows.filter((l) => l.billId === id) }));
    }).load(bill.id);
    return r?.lines ?? [];
  }

  @FieldResolver(() => FenScalar, {
    description: 'R-BIL-4 late fee as of a date (default: today in the property time zone).',
  })
  async lateFeeFen(
    @Root() bill: Bill,
    @Arg('asOf', () => DateScalar, {
      description: "The day (YYYY-MM-DD); default today in the property's time zone.",
      nullable: true,
    })
    asOf: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return (await this.billService.lateFee(requirePrincipal(ctx), bill, asOf)).feeFen;
  }

  @FieldResolver(() => LateFeeExplanation, {
    description:
      'How the late fee as of a date is computed, segment by segment, with the rate and rounding in force (see R-BIL-4 in docs/domain-rules.md).',
  })
  async lateFeeExplanation(
    @Root() bill: Bill,
    @Arg('asOf', () => DateScalar, {
      description: "The day (YYYY-MM-DD); default today in the property's time zone.",
      nullable: true,
    })
    asOf: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LateFeeExplanation> {
    const f = await this.billService.lateFee(requirePrincipal(ctx), bill, asOf);
    return {
      feeFen: f.feeFen,
      ratePerDay: f.rate,
      rounding: f.rounding,
      segments: f.segments,
      text: f.explanation,
    };
  }

  @FieldResolver(() => [DunningRound], {
    description: 'Dunning rounds of the bill, first round first (see R-BIL-6 in docs/domain-rules.md).',
  })
  async dunningRounds(@Root() bill: Bill, @Ctx() ctx: GraphQLContext): Promise<DunningRound[]> {
    const p = requirePrincipal(ctx);
    const r = await loaderFor(ctx, 'BillDunning', async (ids) => {
      const rows = await this.dunning.forBills(p, ids);
      return ids.map((id) => ({ id, rounds: rows.filter((x) => x.billId === id) }));
    }).load(bill.id);
    return r?.rounds ?? [];
  }

  @FieldResolver(() => [BillDispute], {
    description: 'Disputes raised about the bill (see R-BIL-5 in docs/domain-rules.md).',
  })
  disputes(@Root() bill: Bill, @Ctx() ctx: GraphQLContext): Promise<BillDispute[]> {
    return this.billService.disputes(requirePrincipal(ctx), bill.id);
  }

  @Authorized(StaffRole.FINANCE, StaffRole.FRONT_DESK, StaffRole.PROPERTY_ASSISTANT, StaffRole.SITE_MANAGER)
  @Mutation(() => BillDispute, {
    description: 'R-BIL-5: accepted until the policy number of days before the due date.',
  })
  raiseDispute(
    @Arg('billId', () => ID, { description: 'The bill disputed.' }) billId: string,
    @Arg('reason', {
      description: 'What the customer disputes (1–2000 characters).',
    })
    reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.billService.raiseDispute(requirePrincipal(ctx), billId, reason);
  }

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER)
  @Mutation(() => Bill, {
    description: 'R-BIL-5: the company agrees to defer; no late fee up to and including `until`.',
  })
  grantDeferral(
    @Arg('billId', () => ID, { description: 'The bill deferred.' }) billId: string,
    @Arg('until', () => DateScalar, {
      description: 'Last day without late fee (YYYY-MM-DD).',
    })
    until: string,
    @Arg('reason', {
      description: 'Why the company defers (1–2000 characters).',
    })
    reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.billService.grantDeferral(requirePrincipal(ctx), billId, until, reason);
  }
}

export function resolveBillReference(ref: { id: string }, ctx: GraphQLContext) {
  const p = requirePrincipal(ctx);
  return loaderFor(ctx, 'Bill', (ids) => ctx.db.tx((em) => BillService.byIds(em, ids), p)).load(ref.id);
}
