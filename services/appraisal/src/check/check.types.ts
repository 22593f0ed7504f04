import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { CheckKind, RootCause, ScoreItemCode, Severity, SheetKind } from '../scoring/codes';
import { FindingStatus } from './check.entity';
import { registerEnumType } from 'type-graphql';
import { AppealStatus } from '../appeal/appeal.entity';
import { SuggestionSource, SuggestionStatus } from '../suggestion/suggestion.entity';

registerEnumType(FindingStatus, {
  valuesConfig: {
    ACTIVE: { description: 'Deducts from the item.' },
    OVERTURNED: { description: 'An appeal was upheld: no longer deducts.' },
  },
  name: 'FindingStatus',
  description: 'ACTIVE deducts; OVERTURNED (appeal upheld) no longer deducts.',
});
registerEnumType(AppealStatus, {
  valuesConfig: {
    PENDING: { description: 'Not decided yet.' },
    UPHELD: { description: 'The appellant was right: the finding is overturned.' },
    REJECTED: { description: 'The finding stands.' },
  },
  name: 'AppealStatus',
  description:
    'PENDING; UPHELD = the appellant was right, the finding is overturned; REJECTED = the finding stands.',
});
registerEnumType(SuggestionStatus, {
  valuesConfig: {
    SUGGESTED: { description: 'Waiting for a checker.' },
    ACCEPTED: { description: 'Became a finding of a check.' },
    DISMISSED: { description: 'Dismissed by a checker with a reason.' },
  },
  description: 'Where a suggested finding stands.',
  name: 'SuggestionStatus',
});
registerEnumType(SuggestionSource, {
  valuesConfig: {
    SLA_BREACH: { description: 'A ticket deadline the person missed.' },
    MISSED_VISIT: { description: 'A follow-up visit not made in time.' },
  },
  description: 'The fact a suggested finding comes from (see R-APR-7 in docs/domain-rules.md).',
  name: 'SuggestionSource',
});

/** Staff is owned by tenancy; this subgraph only adds fields to it. */
@Directive('@key(fields: "id")')
@ObjectType('Staff', {
  description:
    "A person working for the company, with their roles and the properties they work on; a user of the company's Keycloak realm.",
})
export class StaffRef {
  @Field(() => ID, {
    description: 'Stable id of the staff member (the Keycloak user id).',
  })
  id!: string;
}

/** Property is owned by tenancy; this subgraph adds `staffKpis`. */
@Directive('@key(fields: "id")')
@ObjectType('Property', {
  description:
    'A managed site of the company (小区 / 大厦 / 广场 / 购物中心): the unit of site scope for staff and partner apps.',
})
export class PropertyRef {
  @Field(() => ID, { description: 'Stable id of the property.' })
  id!: string;
}

@InputType({
  description: 'One finding of a check: the item, severity, points and reason.',
})
export class DeductionInput {
  @Field(() => ScoreItemCode, {
    description: "The item to deduct from; must belong to the person's sheet.",
  })
  item!: ScoreItemCode;

  @Field(() => Severity, { description: 'How serious the violation was.' })
  severity!: Severity;

  @Field(() => Float, {
    description: "Within the item's band for the severity, else VALIDATION_FAILED (R-APR-4).",
  })
  points!: number;

  @Field({ description: 'What was found (1–2000 characters).' })
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

@InputType({
  description: 'One check of a person: who, what kind, which day and what was found.',
})
export class RecordCheckInput {
  @Field(() => ID, { description: 'The person checked; not the caller.' })
  staffId!: string;

  @Field(() => CheckKind, { description: 'Daily, weekly, monthly or spot check.' })
  kind!: CheckKind;

  @Field(() => DateScalar, { description: 'Day of the check; not in the future.' })
  date!: string;

  @Field(() => [DeductionInput], {
    description: 'The findings; empty when nothing was found (every item full marks).',
  })
  deductions!: DeductionInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'Commendation 1–20 points; the total stays ≤ 100 (R-APR-6).',
  })
  commendationPoints?: number | null;

  @Field(() => [ID], {
    description: 'Tickets cited as evidence for the check.',
    nullable: true,
  })
  evidenceTicketIds?: string[] | null;
}

@ObjectType({
  description: 'One item of a score sheet with its maximum and score.',
})
export class ScoreItem {
  @Field(() => ScoreItemCode, { description: 'Which item.' })
  item!: ScoreItemCode;

  @Field(() => Float, {
    description: 'Points the item is worth (e.g. 20 for job quality on a staff sheet).',
  })
  max!: number;

  @Field(() => Float, { description: 'max − deductions, never below zero (扣完为止, R-APR-4).' })
  score!: number;
}

@ObjectType({
  description: "A checked person's appeal against one of their findings and its decision.",
})
export class AppealView {
  @Field(() => ID, { description: 'Stable id of the appeal.' })
  id!: string;

  @Field(() => ID, { description: 'The finding disputed.' })
  findingId!: string;

  @Field(() => StaffRef, { description: 'The checked person who appealed.' })
  staff!: StaffRef;

  @Field({ description: 'Why the person disputes it.' })
  reason!: string;

  @Field(() => AppealStatus, { description: 'Pending, upheld or rejected.' })
  status!: AppealStatus;

  @Field(() => Date, {
    description: 'When it was decided (UTC); null while pending.',
    nullable: true,
  })
  decidedAt?: Date | null;

  @Field({ description: 'When the person filed it (UTC).' })
  filedAt!: Date;

  @Field(() => String, {
    description: 'Why the decider upheld or rejected it; null while pending or when none was given.',
    nullable: true,
  })
  decisionReason?: string | null;
}

@ObjectType('Finding', {
  description:
    'One deduction recorded by a check: item, severity, points and reason (see R-APR-4 in docs/domain-rules.md).',
})
export class FindingView {
  @Field(() => ID, { description: 'Stable id of the finding.' })
  id!: string;

  @Field(() => ID, { description: 'The check that recorded it.' })
  checkId!: string;

  @Field(() => ScoreItemCode, { description: 'The item deducted from.' })
  item!: ScoreItemCode;

  @Field(() => Severity, {
    description: 'How serious the violation was; decides the allowed points.',
  })
  severity!: Severity;

  @Field(() => Float, { description: 'Points deducted (positive number).' })
  points!: number;

  @Field({ description: 'What was found, as the checker wrote it.' })
  reason!: string;

  @Field(() => RootCause, {
    description:
      'Manager sheets: the root cause, deducted from that item too (see R-APR-5 in docs/domain-rules.md); null on staff sheets.',
    nullable: true,
  })
  rootCause?: RootCause | null;

  @Field(() => [ID], { description: 'Tickets cited as evidence.' })
  evidenceTicketIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The suggested finding this came from (R-APR-7).' })
  suggestionId?: string | null;

  @Field(() => FindingStatus, { description: 'Whether it still deducts.' })
  status!: FindingStatus;

  @Field(() => AppealView, {
    description: 'The appeal against it; null when not disputed.',
    nullable: true,
  })
  appeal?: AppealView | null;
}

@ObjectType('Check', {
  description:
    "One appraisal check of a person by a checker on a day: the sheet's items, findings, commendation and total (see R-APR-1 to R-APR-6 in docs/domain-rules.md).",
})
export class CheckView {
  @Field(() => ID, { description: 'Stable id of the check.' })
  id!: string;

  @Field(() => StaffRef, { description: 'The person checked.' })
  staff!: StaffRef;

  @Field(() => StaffRef, {
    nullable: true,
    description: 'Null when the checker is the company admin account.',
  })
  checker?: StaffRef | null;

  @Field(() => CheckKind, { description: 'Daily, weekly, monthly or spot check.' })
  kind!: CheckKind;

  @Field(() => DateScalar, { description: 'Day of the check (YYYY-MM-DD).' })
  date!: string;

  @Field(() => SheetKind, { description: 'Staff or manager sheet.' })
  sheet!: SheetKind;

  @Field(() => [ScoreItem], {
    description: 'Every item with its score after the findings.',
  })
  items!: ScoreItem[];

  @Field(() => [FindingView], { description: 'The deductions recorded.' })
  findings!: FindingView[];

  @Field(() => Int, {
    description: 'Commendation points added (1–20); null when none.',
    nullable: true,
  })
  commendationPoints?: number | null;

  @Field(() => Float, {
    description: 'Sum of items + commendation, capped at 100; overturned findings do not count.',
  })
  total!: number;

  @Field(() => [ID], {
    description: 'Tickets cited as evidence for the whole check.',
  })
  evidenceTicketIds!: string[];
}

@ObjectType({
  description:
    'Score sheet of a day or month: per item the mean item score of the checks in the period, total = mean of the checks’ totals; no check → full marks with checks = 0.',
})
export class ScoreSheet {
  @Field(() => StaffRef, { description: 'The person the sheet is about.' })
  staff!: StaffRef;

  @Field({
    description: 'The period as asked: "YYYY-MM" or "YYYY-MM-DD".',
  })
  period!: string;

  @Field(() => SheetKind, {
    description: "Staff or manager sheet, from the person's roles.",
  })
  sheet!: SheetKind;

  @Field(() => [ScoreItem], {
    description: 'Every item of the sheet with its maximum and mean score.',
  })
  items!: ScoreItem[];

  @Field(() => Float, {
    description:
      'Mean check total of the period (0–100); 100 when no check found anything (see R-APR-6 in docs/domain-rules.md).',
  })
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
  @Field(() => ID, { description: 'Stable id of the suggestion.' })
  id!: string;

  @Field(() => StaffRef, { description: 'The person it is about.' })
  staff!: StaffRef;

  @Field(() => ScoreItemCode, { description: 'The item it would deduct from.' })
  item!: ScoreItemCode;

  @Field(() => SuggestionSource, { description: 'What fact it comes from.' })
  source!: SuggestionSource;

  @Field(() => ID, {
    description: 'The ticket whose SLA was missed; null for a missed visit without ticket.',
    nullable: true,
  })
  ticketId?: string | null;

  @Field({ description: 'The fact, in words.' })
  reason!: string;

  @Field(() => SuggestionStatus, {
    description: 'Suggested, accepted into a check or dismissed.',
  })
  status!: SuggestionStatus;

  @Field(() => String, {
    description: 'Why a checker dismissed it; null unless DISMISSED.',
    nullable: true,
  })
  dismissReason?: string | null;

  @Field(() => ID, {
    description: 'The finding it became; null unless ACCEPTED.',
    nullable: true,
  })
  findingId?: string | null;
}

@ObjectType({
  description: 'A check the caller owes in a period by the schedule of R-APR-1 (docs/domain-rules.md).',
})
export class CheckDue {
  @Field(() => StaffRef, { description: 'The person to check.' })
  staff!: StaffRef;

  @Field({ description: 'LEADER_OF_STAFF, SUPERVISOR_OF_LEADERS_AND_STAFF, DIRECTOR_OF_SUPERVISORS, …' })
  relation!: string;

  @Field({ description: 'Frequency policy value: DAILY, WEEKLY, MONTHLY, QUARTERLY or YEARLY.' })
  frequency!: string;

  @Field(() => DateScalar, { description: 'First day of the period (YYYY-MM-DD).' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day of the period (YYYY-MM-DD).' })
  periodEnd!: string;

  @Field({ description: 'The caller already recorded a check of this person in the period.' })
  done!: boolean;
}

@ObjectType({
  description: 'A scheduled check whose period ended without it being recorded.',
})
export class MissedCheck {
  @Field(() => StaffRef, { description: 'Who owed the check.' })
  checker!: StaffRef;

  @Field(() => StaffRef, { description: 'Who should have been checked.' })
  staff!: StaffRef;

  @Field({
    description: 'The reporting relation that makes it due, e.g. LEADER_OF_STAFF.',
  })
  relation!: string;

  @Field({
    description: 'Frequency policy value: DAILY, WEEKLY, MONTHLY, QUARTERLY or YEARLY.',
  })
  frequency!: string;

  @Field(() => DateScalar, { description: 'First day of the period (YYYY-MM-DD).' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day of the period (YYYY-MM-DD).' })
  periodEnd!: string;
}

@ObjectType({
  description: "One person's place in a property's ranking by mean check total.",
})
export class RankingRow {
  @Field(() => Int, { description: 'Competition ranking: equal means share a rank.' })
  rank!: number;

  @Field(() => StaffRef, { description: 'The person ranked.' })
  staff!: StaffRef;

  @Field(() => Float, {
    description: 'Mean check total in the period (0–100).',
  })
  meanScore!: number;

  @Field(() => Int, { description: 'Checks the mean is taken over.' })
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
