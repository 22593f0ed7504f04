import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, GraphQLContext, loaderFor, notFound, requirePrincipal } from '@pm/graphql';
import { DunningRound } from './dunning.entity';
import { DunningDeliveryInput } from './dunning.inputs';
import { DunningNoticeStatus } from './dunning.rules';
import { DunningService, NoticeValidity } from './dunning.service';
import { DunningResult } from './dunning.types';

registerEnumType(DunningNoticeStatus, {
  name: 'DunningNoticeStatus',
  description: 'Where a dunning notice stands today (R-DOC-3): VALID, DELIVERED or EXPIRED.',
  valuesConfig: {
    VALID: { description: 'Not delivered yet and still within its validity.' },
    DELIVERED: { description: 'Delivered within its validity.' },
    EXPIRED: { description: 'Not delivered within its validity: reissue it before delivering.' },
  },
});

@Resolver()
export class DunningResolver {
  constructor(private dunning: DunningService) {}

  @Authorized(StaffRole.FINANCE)
  @Mutation(() => DunningResult, {
    description: 'R-BIL-6: generates the rounds due by asOf (also run by a scheduler).',
  })
  runDunning(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('asOf', () => DateScalar, {
      description: 'The day (YYYY-MM-DD) the rounds are due by.',
    })
    asOf: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.dunning.run(requirePrincipal(ctx), propertyId, asOf);
  }

  @Authorized(
    StaffRole.FINANCE,
    StaffRole.PROPERTY_ASSISTANT,
    StaffRole.CS_SUPERVISOR,
    StaffRole.SITE_MANAGER,
  )
  @Mutation(() => DunningRound, {
    description:
      'Records how and when a dunning round was delivered and whether the receipt was signed (see R-BIL-6 in docs/domain-rules.md).',
  })
  recordDunningDelivery(
    @Arg('input', { description: 'The round, time delivered, receipt and note.' })
    input: DunningDeliveryInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.dunning.recordDelivery(requirePrincipal(ctx), input);
  }

  @Authorized(
    StaffRole.FINANCE,
    StaffRole.PROPERTY_ASSISTANT,
    StaffRole.CS_SUPERVISOR,
    StaffRole.SITE_MANAGER,
  )
  @Mutation(() => DunningRound, {
    description:
      'Reissues an expired, undelivered dunning notice dated today, with the amounts as of today; the round and its history stay (see R-DOC-3 in docs/domain-rules.md).',
  })
  reissueDunningNotice(
    @Arg('roundId', () => ID, { description: 'The round whose notice expired.' }) roundId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.dunning.reissueNotice(requirePrincipal(ctx), roundId);
  }
}

/** Validity of each round's notice, worked out for all rounds of a response at once. */
@Resolver(() => DunningRound)
export class DunningValidityResolver {
  constructor(private dunning: DunningService) {}

  private async validity(round: DunningRound, ctx: GraphQLContext): Promise<NoticeValidity> {
    const p = requirePrincipal(ctx);
    const v = await loaderFor(ctx, 'DunningNoticeValidity', (ids) => this.dunning.validity(p, ids)).load(
      round.id,
    );
    if (!v) throw notFound('dunning round');
    return v;
  }

  @FieldResolver(() => DateScalar, {
    description:
      "Last day the round's notice is valid (YYYY-MM-DD): its date plus documents.dunningNoticeValidDays (R-DOC-3).",
  })
  async validUntil(@Root() round: DunningRound, @Ctx() ctx: GraphQLContext): Promise<string> {
    return (await this.validity(round, ctx)).validUntil;
  }

  @FieldResolver(() => DunningNoticeStatus, {
    description:
      "Where the round's notice stands today in the property's zone: VALID, DELIVERED or EXPIRED (R-DOC-3).",
  })
  async noticeStatus(@Root() round: DunningRound, @Ctx() ctx: GraphQLContext): Promise<DunningNoticeStatus> {
    return (await this.validity(round, ctx)).status;
  }
}
