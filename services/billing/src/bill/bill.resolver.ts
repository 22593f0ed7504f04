import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, FenScalar, GraphQLContext, loaderFor, requirePrincipal } from '@pm/graphql';
import { BillRow, BillService } from './bill.service';
import {
  Bill,
  BillConnection,
  BillDispute,
  BillFilterInput,
  BillLine,
  DunningRound,
  LateFeeExplanation,
} from './bill.types';
import { DunningService } from '../dunning/dunning.service';

@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true })
  first?: number;
  @Field({ nullable: true })
  after?: string;
}

export const READ_ROLES = [StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ, StaffRole.FRONT_DESK];
export const MONEY_ROLES = [StaffRole.FINANCE];

@Resolver(() => Bill)
export class BillResolver {
  constructor(
    private billService: BillService,
    private dunning: DunningService,
  ) {}

  @Authorized(...READ_ROLES)
  @Query(() => BillConnection, { description: 'Bills the caller may see (property scope), newest last.' })
  bills(
    @Arg('filter', () => BillFilterInput, { nullable: true }) filter: BillFilterInput | null,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.billService.list(requirePrincipal(ctx), filter ?? {}, page);
  }

  @Authorized(...READ_ROLES)
  @Query(() => Bill, { nullable: true, description: 'Null when the bill does not exist for the caller.' })
  bill(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return this.billService.get(requirePrincipal(ctx), id);
  }

  @FieldResolver(() => [BillLine])
  async lines(@Root() bill: BillRow, @Ctx() ctx: GraphQLContext): Promise<BillLine[]> {
    const p = requirePrincipal(ctx);
    const all = await loaderFor(ctx, 'BillLines', async (ids) => {
      const rows = await this.billService.lines(p, ids);
      return ids.map((id) => ({
        id,
        lines: rows
          .filter((r: any) => r.bill_id === id)
          .map((r: any) => ({
            kind: r.kind,
            description: describeLine(r),
            amountFen: Number(r.amount_fen),
            ticketId: r.ticket_id,
            quantity: r.quantity == null ? null : Number(r.quantity),
            unitPriceFen: r.unit_price_fen,
          })),
      }));
    }).load(bill.id);
    return all?.lines ?? [];
  }

  @FieldResolver(() => FenScalar, {
    description: 'R-BIL-4 late fee as of a date (default: today in the property time zone).',
  })
  async lateFeeFen(
    @Root() bill: BillRow,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return (await this.billService.lateFee(requirePrincipal(ctx), bill, asOf)).feeFen;
  }

  @FieldResolver(() => LateFeeExplanation)
  async lateFeeExplanation(
    @Root() bill: BillRow,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
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

  @FieldResolver(() => [DunningRound])
  async dunningRounds(@Root() bill: BillRow, @Ctx() ctx: GraphQLContext) {
    const p = requirePrincipal(ctx);
    const r = await loaderFor(ctx, 'BillDunning', async (ids) => {
      const rows = await this.dunning.forBills(p, ids);
      return ids.map((id) => ({ id, rounds: rows.filter((x) => x.billId === id) }));
    }).load(bill.id);
    return r?.rounds ?? [];
  }

  @FieldResolver(() => [BillDispute])
  async disputes(@Root() bill: BillRow, @Ctx() ctx: GraphQLContext): Promise<BillDispute[]> {
    const rows = await this.billService.disputes(requirePrincipal(ctx), bill.id);
    return rows.map((r: any) => ({ id: r.id, reason: r.reason, raisedAt: new Date(r.raised_at) }));
  }

  @Authorized(StaffRole.FINANCE, StaffRole.FRONT_DESK, StaffRole.PROPERTY_ASSISTANT, StaffRole.SITE_MANAGER)
  @Mutation(() => BillDispute, {
    description: 'R-BIL-5: accepted until the policy number of days before the due date.',
  })
  raiseDispute(
    @Arg('billId', () => ID) billId: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.billService.raiseDispute(requirePrincipal(ctx), billId, reason);
  }

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER)
  @Mutation(() => Bill, {
    description: 'R-BIL-5: the company agrees to defer; no late fee up to and including `until`.',
  })
  grantDeferral(
    @Arg('billId', () => ID) billId: string,
    @Arg('until', () => DateScalar) until: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.billService.grantDeferral(requirePrincipal(ctx), billId, until, reason);
  }
}

export function resolveBillReference(ref: { id: string }, ctx: GraphQLContext) {
  const p = requirePrincipal(ctx);
  return loaderFor(ctx, 'Bill', (ids) => ctx.db.tx((em) => BillService.byIds(em, p, ids), p)).load(ref.id);
}

/** The stored label plus what the amount was made of (composed on read; the bulk run stores labels). */
export function describeLine(r: {
  kind: string;
  description: string;
  quantity: number | null;
  unit_price_fen: number | null;
  ticket_id: string | null;
}) {
  if (r.kind === 'REPAIR') return r.ticket_id ? `${r.description}, ticket ${r.ticket_id}` : r.description;
  if (r.quantity == null || r.unit_price_fen == null) return r.description;
  const unit = r.kind === 'MANAGEMENT' ? ' m²' : '';
  return `${r.description} ${Number(r.quantity)}${unit} × ${r.unit_price_fen} fen`;
}
