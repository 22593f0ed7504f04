import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { CheckKind, RootCause, ScoreItemCode, Severity, SheetKind } from '../scoring/codes';
import { FindingStatus } from './check.entity';
import { registerEnumType } from 'type-graphql';
import { AppealStatus } from '../appeal/appeal.entity';
import { SuggestionSource, SuggestionStatus } from '../suggestion/suggestion.entity';

registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description: 'ACTIVE deducts; OVERTURNED (appeal upheld) no longer deducts.',
});
registerEnumType(AppealStatus, {
  name: 'AppealStatus',
  description:
    'PENDING; UPHELD = the appellant was right, the finding is overturned; REJECTED = the finding stands.',
});
registerEnumType(SuggestionStatus, { name: 'SuggestionStatus' });
registerEnumType(SuggestionSource, { name: 'SuggestionSource' });

/** Staff is owned by tenancy; this subgraph only adds fields to it. */
@Directive('@key(fields: "id")')
@ObjectType('Staff')
export class StaffRef {
  @Field(() => ID)
  id!: string;
}

/** Property is owned by tenancy; this subgraph adds `staffKpis`. */
@Directive('@key(fields: "id")')
@ObjectType('Property')
export class PropertyRef {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class DeductionInput {
  @Field(() => ScoreItemCode)
  item!: ScoreItemCode;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => Float, {
    description: "Within the item's band for the severity, else VALIDATION_FAILED (R-APR-4).",
  })
  points!: number;

  @Field()
  reason!: string;

  @Field(() => RootCause, {
    nullable: true,
    description: 'Required on manager sheets, refused on staff sheets; deducted there too (R-APR-5).',
  })
  rootCause?: RootCause | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Accepts this suggested finding (R-APR-7): it becomes this deduction.',
  })
  suggestionId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Tickets cited as evidence of this finding.' })
  evidenceTicketIds?: string[] | null;
}

@InputType()
export class RecordCheckInput {
  @Field(() => ID)
  staffId!: string;

  @Field(() => CheckKind)
  kind!: CheckKind;

  @Field(() => DateScalar, { description: 'Day of the check; not in the future.' })
  date!: string;

  @Field(() => [DeductionInput])
  deductions!: DeductionInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'Commendation 1–20 points; the total stays ≤ 100 (R-APR-6).',
  })
  commendationPoints?: number | null;

  @Field(() => [ID], { nullable: true })
  evidenceTicketIds?: string[] | null;
}

@ObjectType()
export class ScoreItem {
  @Field(() => ScoreItemCode)
  item!: ScoreItemCode;

  @Field(() => Float)
  max!: number;

  @Field(() => Float, { description: 'max − deductions, never below zero (扣完为止, R-APR-4).' })
  score!: number;
}

@ObjectType()
export class AppealView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  findingId!: string;

  @Field(() => StaffRef, { description: 'The checked person who appealed.' })
  staff!: StaffRef;

  @Field()
  reason!: string;

  @Field(() => AppealStatus)
  status!: AppealStatus;

  @Field(() => Date, { nullable: true })
  decidedAt?: Date | null;
}

@ObjectType('Finding')
export class FindingView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  checkId!: string;

  @Field(() => ScoreItemCode)
  item!: ScoreItemCode;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => Float)
  points!: number;

  @Field()
  reason!: string;

  @Field(() => RootCause, { nullable: true })
  rootCause?: RootCause | null;

  @Field(() => [ID])
  evidenceTicketIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The suggested finding this came from (R-APR-7).' })
  suggestionId?: string | null;

  @Field(() => FindingStatus)
  status!: FindingStatus;

  @Field(() => AppealView, { nullable: true })
  appeal?: AppealView | null;
}

@ObjectType('Check')
export class CheckView {
  @Field(() => ID)
  id!: string;

  @Field(() => StaffRef)
  staff!: StaffRef;

  @Field(() => StaffRef, {
    nullable: true,
    description: 'Null when the checker is the company admin account.',
  })
  checker?: StaffRef | null;

  @Field(() => CheckKind)
  kind!: CheckKind;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => SheetKind)
  sheet!: SheetKind;

  @Field(() => [ScoreItem])
  items!: ScoreItem[];

  @Field(() => [FindingView])
  findings!: FindingView[];

  @Field(() => Int, { nullable: true })
  commendationPoints?: number | null;

  @Field(() => Float, {
    description: 'Sum of items + commendation, capped at 100; overturned findings do not count.',
  })
  total!: number;

  @Field(() => [ID])
  evidenceTicketIds!: string[];
}

@ObjectType({
  description:
    'Score sheet of a day or month: per item the mean item score of the checks in the period, total = mean of the checks’ totals; no check → full marks with checks = 0.',
})
export class ScoreSheet {
  @Field(() => StaffRef)
  staff!: StaffRef;

  @Field()
  period!: string;

  @Field(() => SheetKind)
  sheet!: SheetKind;

  @Field(() => [ScoreItem])
  items!: ScoreItem[];

  @Field(() => Float)
  total!: number;

  @Field(() => Int, { description: 'Checks the sheet is the mean of.' })
  checks!: number;

  @Field(() => [FindingView], { description: 'Every finding of those checks, overturned ones included.' })
  findings!: FindingView[];
}

@ObjectType('SuggestedFinding', {
  description:
    'A finding proposed from an SLA breach or missed visit (R-APR-7); it deducts only once accepted.',
})
export class SuggestionView {
  @Field(() => ID)
  id!: string;

  @Field(() => StaffRef)
  staff!: StaffRef;

  @Field(() => ScoreItemCode)
  item!: ScoreItemCode;

  @Field(() => SuggestionSource)
  source!: SuggestionSource;

  @Field(() => ID, { nullable: true })
  ticketId?: string | null;

  @Field()
  reason!: string;

  @Field(() => SuggestionStatus)
  status!: SuggestionStatus;

  @Field(() => String, { nullable: true })
  dismissReason?: string | null;

  @Field(() => ID, { nullable: true })
  findingId?: string | null;
}

@ObjectType()
export class CheckDue {
  @Field(() => StaffRef)
  staff!: StaffRef;

  @Field({ description: 'LEADER_OF_STAFF, SUPERVISOR_OF_LEADERS_AND_STAFF, DIRECTOR_OF_SUPERVISORS, …' })
  relation!: string;

  @Field({ description: 'Frequency policy value: DAILY, WEEKLY, MONTHLY, QUARTERLY or YEARLY.' })
  frequency!: string;

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => DateScalar)
  periodEnd!: string;

  @Field({ description: 'The caller already recorded a check of this person in the period.' })
  done!: boolean;
}

@ObjectType()
export class MissedCheck {
  @Field(() => StaffRef)
  checker!: StaffRef;

  @Field(() => StaffRef)
  staff!: StaffRef;

  @Field()
  relation!: string;

  @Field()
  frequency!: string;

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => DateScalar)
  periodEnd!: string;
}

@ObjectType()
export class RankingRow {
  @Field(() => Int, { description: 'Competition ranking: equal means share a rank.' })
  rank!: number;

  @Field(() => StaffRef)
  staff!: StaffRef;

  @Field(() => Float)
  meanScore!: number;

  @Field(() => Int)
  checks!: number;
}

@ObjectType({ description: 'Appraisal KPIs of a property for a period (staff whose sites include it).' })
export class StaffKpis {
  @Field(() => Float, {
    nullable: true,
    description: 'Mean total of the checks in the period; null without checks.',
  })
  meanScore?: number | null;

  @Field(() => Int, { description: 'Checks recorded in the period (every kind).' })
  checksDone!: number;

  @Field(() => Int, {
    description: 'Scheduled checks (R-APR-1) whose period started in the period, up to today.',
  })
  checksDue!: number;

  @Field(() => Int, { description: 'Scheduled checks done within their period.' })
  scheduledChecksDone!: number;

  @Field(() => Int, { description: 'Scheduled checks whose period ended without one.' })
  checksMissed!: number;
}
