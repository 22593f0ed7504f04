import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StaffRole, isUuid } from '@pm/contracts';
import {
  DateScalar,
  GraphQLContext,
  MAX_TREND_MONTHS,
  PageArgsInput,
  connectionOf,
  kpiMonths,
  loaderFor,
  requirePrincipal,
} from '@pm/graphql';
import { Finding } from './check.entity';
import { CheckService, findingView } from './check.service';
import {
  AppealView,
  CheckDue,
  CheckView,
  FindingView,
  MissedCheck,
  PropertyRef,
  RankingRow,
  RecordCheckInput,
  ScoreSheet,
  StaffKpis,
  StaffRef,
  SuggestionView,
} from './check.types';
import { ReportsService } from '../reports/reports.service';
import { SuggestionService } from '../suggestion/suggestion.service';
import { AppealService } from '../appeal/appeal.service';
import { SuggestionStatus } from '../suggestion/suggestion.entity';

export const AppealConnection = connectionOf(AppealView);

const MANAGERS = [
  StaffRole.SITE_MANAGER,
  StaffRole.CS_SUPERVISOR,
  StaffRole.ENGINEERING_SUPERVISOR,
  StaffRole.HQ,
];

@Resolver(() => CheckView)
export class CheckResolver {
  constructor(
    private checks: CheckService,
    private reports: ReportsService,
  ) {}

  @Authorized()
  @Mutation(() => CheckView, {
    description:
      'R-APR-1..6: only a checker the schedule allows (FORBIDDEN otherwise, and for oneself); points outside the band → VALIDATION_FAILED.',
  })
  recordCheck(
    @Arg('input', {
      description: 'The person, kind, day, deductions and commendation.',
    })
    input: RecordCheckInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CheckView> {
    return this.checks.record(requirePrincipal(ctx), input);
  }

  @Authorized()
  @Query(() => CheckView, {
    description:
      'One recorded check; null when not visible to the caller. The checked person, their checkers, and HQ/ADMIN may read it (partner apps: appraisal:read).',
    nullable: true,
  })
  check(@Arg('id', () => ID, { description: 'Id of the check.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return this.checks.check(requirePrincipal(ctx), id);
  }

  @Authorized()
  @Query(() => ScoreSheet, { description: 'period "YYYY-MM" (month) or "YYYY-MM-DD" (day).' })
  scoreSheet(
    @Arg('staffId', () => ID, { description: 'The person whose sheet is asked for.' })
    staffId: string,
    @Arg('period', {
      description: '"YYYY-MM" for a month or "YYYY-MM-DD" for a day.',
    })
    period: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ScoreSheet> {
    return this.checks.scoreSheet(requirePrincipal(ctx), staffId, period);
  }

  @Authorized()
  @Query(() => [CheckDue], {
    description: 'Scheduled checks the caller owes in the periods containing `date` (R-APR-1).',
  })
  checksDue(
    @Arg('date', () => DateScalar, {
      description: 'A day (YYYY-MM-DD); the periods containing it are considered.',
    })
    date: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.reports.checksDue(requirePrincipal(ctx), date);
  }

  @Authorized(...MANAGERS)
  @Query(() => [MissedCheck], {
    description: 'Scheduled checks of the property’s people whose period ended without one.',
  })
  missedChecks(
    @Arg('propertyId', () => ID, {
      description: 'The property whose people are considered.',
    })
    propertyId: string,
    @Arg('period', { description: 'Month, YYYY-MM.' }) period: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.reports.missedChecks(requirePrincipal(ctx), propertyId, period);
  }

  @Authorized(...MANAGERS)
  @Query(() => [RankingRow], {
    description: 'People of the property by mean check total in the period, best first.',
  })
  rankings(
    @Arg('propertyId', () => ID, {
      description: 'The property whose people are ranked.',
    })
    propertyId: string,
    @Arg('period', { description: 'Month, YYYY-MM.' }) period: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.reports.rankings(requirePrincipal(ctx), propertyId, period);
  }
}

@Resolver(() => SuggestionView)
export class SuggestionResolver {
  constructor(private suggestions: SuggestionService) {}

  @Authorized()
  @Query(() => [SuggestionView], { description: 'Suggested findings of a person (R-APR-7).' })
  suggestedFindings(
    @Arg('staffId', () => ID, { description: 'The person the suggestions are about.' })
    staffId: string,
    @Arg('status', () => SuggestionStatus, {
      description: 'Only suggestions in this status; all when absent.',
      nullable: true,
    })
    status: SuggestionStatus | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.suggestions.list(requirePrincipal(ctx), staffId, status);
  }

  @Authorized()
  @Mutation(() => SuggestionView, { description: 'A checker dismisses a suggested finding, with a reason.' })
  dismissSuggestion(
    @Arg('id', () => ID, { description: 'Id of the suggested finding.' }) id: string,
    @Arg('reason', {
      description: 'Why it does not apply (1–2000 characters).',
    })
    reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.suggestions.dismiss(requirePrincipal(ctx), id, reason);
  }
}

@Resolver(() => AppealView)
export class AppealResolver {
  constructor(private appeals: AppealService) {}

  @Authorized()
  @Mutation(() => AppealView, { description: 'The checked person disputes one of their findings.' })
  disputeFinding(
    @Arg('findingId', () => ID, { description: 'The finding disputed.' }) findingId: string,
    @Arg('reason', {
      description: 'Why the person disputes it (1–2000 characters).',
    })
    reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.appeals.dispute(requirePrincipal(ctx), findingId, reason);
  }

  @Authorized()
  @Mutation(() => AppealView, {
    description:
      'A role above the checker decides; upheld = the appellant is right and the finding no longer deducts.',
  })
  decideAppeal(
    @Arg('id', () => ID, { description: 'Id of the appeal.' }) id: string,
    @Arg('upheld', {
      description: 'True: the appellant is right; false: the finding stands.',
    })
    upheld: boolean,
    @Arg('reason', () => String, {
      description: 'Why it was decided so (1–2000 characters); shown with the decision.',
      nullable: true,
    })
    reason: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.appeals.decide(requirePrincipal(ctx), id, upheld, reason);
  }

  @Authorized(StaffRole.SITE_MANAGER, StaffRole.HQ)
  @Query(() => AppealConnection, {
    description:
      'Appeals waiting for a decision whose appellant works on a site the caller sees, oldest first; not the caller’s own nor those against findings the caller recorded.',
  })
  pendingAppeals(
    @Arg('propertyId', () => ID, { description: 'Only appellants working on this property.', nullable: true })
    propertyId: string | undefined,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.appeals.pending(requirePrincipal(ctx), propertyId, page);
  }

  @FieldResolver(() => FindingView, { description: 'The finding disputed, as the checker recorded it.' })
  finding(@Root() a: AppealView, @Ctx() ctx: GraphQLContext) {
    const principal = requirePrincipal(ctx);
    return loaderFor(ctx, 'Appeal.finding', (ids) =>
      ctx.db.tx(
        async (em) =>
          (await em.find(Finding, { id: { $in: ids.filter(isUuid) } })).map((f) => findingView(f)),
        principal,
      ),
    ).load(a.findingId);
  }
}

@Resolver(() => StaffRef)
export class StaffRefResolver {
  constructor(private checks: CheckService) {}

  @FieldResolver(() => ScoreSheet, { description: 'Same as scoreSheet(staffId, period).' })
  scoreSheet(
    @Root() staff: StaffRef,
    @Arg('period', {
      description: '"YYYY-MM" for a month or "YYYY-MM-DD" for a day, in the company\'s time zone.',
    })
    period: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.checks.scoreSheet(requirePrincipal(ctx), staff.id, period);
  }
}

@Resolver(() => PropertyRef)
export class PropertyRefResolver {
  constructor(private reports: ReportsService) {}

  @Authorized(...MANAGERS)
  @FieldResolver(() => StaffKpis, {
    description: 'Appraisal KPIs: meanScore, checksDone vs checksDue (R-APR-1).',
  })
  staffKpis(
    @Root() property: PropertyRef,
    @Arg('period', { description: "Month, YYYY-MM, in the property's time zone." })
    period: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.staffKpisOf(ctx, property.id, [period]).then(([k]) => k);
  }

  @Authorized(...MANAGERS)
  @FieldResolver(() => [StaffKpis], {
    description: `Appraisal KPIs month by month from \`from\` to \`to\` (YYYY-MM, at most ${MAX_TREND_MONTHS} months), for a trend chart.`,
  })
  staffKpiTrend(
    @Root() property: PropertyRef,
    @Arg('from', { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', { description: 'Last month, YYYY-MM.' }) to: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.staffKpisOf(ctx, property.id, kpiMonths(from, to));
  }

  /** Every property and month asked for in one request is read together (one statement). */
  private staffKpisOf(ctx: GraphQLContext, propertyId: string, periods: string[]) {
    const principal = requirePrincipal(ctx);
    const loader = loaderFor<StaffKpis & { id: string }>(ctx, 'staffKpis', async (keys) => {
      // A property id has no '|'; the period (validated by the service) is the rest.
      const requests = keys.map((k) => ({
        propertyId: k.slice(0, k.indexOf('|')),
        period: k.slice(k.indexOf('|') + 1),
      }));
      return (await this.reports.staffKpisMany(principal, requests)).map((k, i) => ({ ...k, id: keys[i] }));
    });
    return Promise.all(periods.map((m) => loader.load(`${propertyId}|${m}`)));
  }
}

/** References of the stubs: the owner (tenancy) resolves the rest; fields here check access themselves. */
export const resolveIdReference = (ref: { id: string }) => ({ id: ref.id });
