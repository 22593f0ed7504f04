import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { CheckKind, RootCause, ScoreItemCode, Severity, SheetKind } from '../scoring/codes';
import { FindingStatus } from './check.entity';
import { registerEnumType } from 'type-graphql';
import { AppealStatus } from '../appeal/appeal.entity';
import { SuggestionSource, SuggestionStatus } from '../suggestion/suggestion.entity';

registerEnumType(FindingStatus, {
  valuesConfig: {
    ACTIVE: { description: 'Deducts from the item.	在该项扣分。' },
    OVERTURNED: { description: 'An appeal was upheld: no longer deducts.	申诉成立：不再扣分。' },
  },
  name: 'FindingStatus',
  description: 'ACTIVE deducts; OVERTURNED (appeal upheld) no longer deducts.',
});
registerEnumType(AppealStatus, {
  valuesConfig: {
    PENDING: { description: 'Not decided yet.	尚未裁决。' },
    UPHELD: { description: 'The appellant was right: the finding is overturned.	申诉成立：扣分撤销。' },
    REJECTED: { description: 'The finding stands.	申诉驳回：扣分维持。' },
  },
  name: 'AppealStatus',
  description:
    'PENDING; UPHELD = the appellant was right, the finding is overturned; REJECTED = the finding stands.',
});
registerEnumType(SuggestionStatus, {
  valuesConfig: {
    SUGGESTED: { description: 'Waiting for a checker.	等待考评人处理。' },
    ACCEPTED: { description: 'Became a finding of a check.	已成为某次检查的扣分。' },
    DISMISSED: { description: 'Dismissed by a checker with a reason.	考评人已驳回并说明原因。' },
  },
  description: 'Where a suggested finding stands.	建议扣分的状态。',
  name: 'SuggestionStatus',
});
registerEnumType(SuggestionSource, {
  valuesConfig: {
    SLA_BREACH: { description: 'A ticket deadline the person missed.	该员工错过的工单时限。' },
    MISSED_VISIT: { description: 'A follow-up visit not made in time.	未按时完成的回访。' },
  },
  description:
    'The fact a suggested finding comes from (see R-APR-7 in docs/domain-rules.md).	建议扣分所依据的事实（见 docs/domain-rules.md 中的 R-APR-7）。',
  name: 'SuggestionSource',
});

/** Staff is owned by tenancy; this subgraph only adds fields to it. */
@Directive('@key(fields: "id")')
@ObjectType('Staff', {
  description:
    "A person working for the company, with their roles and the properties they work on; a user of the company's Keycloak realm.	公司的一名员工，含其角色与负责的物业项目；对应公司 Keycloak 领域中的一个用户。",
})
export class StaffRef {
  @Field(() => ID, {
    description:
      'Stable id of the staff member (the Keycloak user id).	员工的稳定 ID（即 Keycloak 用户 ID）。',
  })
  id!: string;
}

/** Property is owned by tenancy; this subgraph adds `staffKpis`. */
@Directive('@key(fields: "id")')
@ObjectType('Property', {
  description:
    'A managed site of the company (小区 / 大厦 / 广场 / 购物中心): the unit of site scope for staff and partner apps.	公司管理的一个物业项目（小区/大厦/广场/购物中心）：员工与对接应用的项目范围以此为单位。',
})
export class PropertyRef {
  @Field(() => ID, { description: 'Stable id of the property.	物业项目的稳定 ID。' })
  id!: string;
}

@InputType({
  description:
    'One finding of a check: the item, severity, points and reason.	检查中的一项扣分：项目、严重程度、分值与原因。',
})
export class DeductionInput {
  @Field(() => ScoreItemCode, {
    description:
      "The item to deduct from; must belong to the person's sheet.	扣分项目；须属于被考评人的评分表。",
  })
  item!: ScoreItemCode;

  @Field(() => Severity, { description: 'How serious the violation was.	违规严重程度。' })
  severity!: Severity;

  @Field(() => Float, {
    description: "Within the item's band for the severity, else VALIDATION_FAILED (R-APR-4).",
  })
  points!: number;

  @Field({ description: 'What was found (1–2000 characters).	问题描述（1–2000 个字符）。' })
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
  description:
    'One check of a person: who, what kind, which day and what was found.	对某人的一次检查：对象、类型、日期及发现的问题。',
})
export class RecordCheckInput {
  @Field(() => ID, { description: 'The person checked; not the caller.	被考评人；不能是调用者本人。' })
  staffId!: string;

  @Field(() => CheckKind, { description: 'Daily, weekly, monthly or spot check.	日检、周检、月检或抽检。' })
  kind!: CheckKind;

  @Field(() => DateScalar, { description: 'Day of the check; not in the future.' })
  date!: string;

  @Field(() => [DeductionInput], {
    description:
      'The findings; empty when nothing was found (every item full marks).	扣分项；无问题时为空（各项满分）。',
  })
  deductions!: DeductionInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'Commendation 1–20 points; the total stays ≤ 100 (R-APR-6).',
  })
  commendationPoints?: number | null;

  @Field(() => [ID], {
    description: 'Tickets cited as evidence for the check.	作为该检查证据引用的工单。',
    nullable: true,
  })
  evidenceTicketIds?: string[] | null;
}

@ObjectType({
  description: 'One item of a score sheet with its maximum and score.	评分表中的一项及其满分与得分。',
})
export class ScoreItem {
  @Field(() => ScoreItemCode, { description: 'Which item.	项目代码。' })
  item!: ScoreItemCode;

  @Field(() => Float, {
    description:
      'Points the item is worth (e.g. 20 for job quality on a staff sheet).	该项满分（例如员工表中工作质量为 20）。',
  })
  max!: number;

  @Field(() => Float, { description: 'max − deductions, never below zero (扣完为止, R-APR-4).' })
  score!: number;
}

@ObjectType({
  description:
    "A checked person's appeal against one of their findings and its decision.	被考评人针对某项扣分的申诉及其裁决。",
})
export class AppealView {
  @Field(() => ID, { description: 'Stable id of the appeal.	申诉的稳定 ID。' })
  id!: string;

  @Field(() => ID, { description: 'The finding disputed.	被申诉的扣分记录。' })
  findingId!: string;

  @Field(() => StaffRef, { description: 'The checked person who appealed.' })
  staff!: StaffRef;

  @Field({ description: 'Why the person disputes it.	申诉理由。' })
  reason!: string;

  @Field(() => AppealStatus, { description: 'Pending, upheld or rejected.	待裁决、成立或驳回。' })
  status!: AppealStatus;

  @Field(() => Date, {
    description: 'When it was decided (UTC); null while pending.	裁决时间（UTC）；待裁决时为 null。',
    nullable: true,
  })
  decidedAt?: Date | null;
}

@ObjectType('Finding', {
  description:
    'One deduction recorded by a check: item, severity, points and reason (see R-APR-4 in docs/domain-rules.md).	检查记录的一项扣分：项目、严重程度、分值与原因（见 docs/domain-rules.md 中的 R-APR-4）。',
})
export class FindingView {
  @Field(() => ID, { description: 'Stable id of the finding.	扣分记录的稳定 ID。' })
  id!: string;

  @Field(() => ID, { description: 'The check that recorded it.	记录该扣分的检查。' })
  checkId!: string;

  @Field(() => ScoreItemCode, { description: 'The item deducted from.	被扣分的项目。' })
  item!: ScoreItemCode;

  @Field(() => Severity, {
    description:
      'How serious the violation was; decides the allowed points.	违规严重程度，决定允许的扣分范围。',
  })
  severity!: Severity;

  @Field(() => Float, { description: 'Points deducted (positive number).	扣除的分数（正数）。' })
  points!: number;

  @Field({ description: 'What was found, as the checker wrote it.	检查人填写的问题描述。' })
  reason!: string;

  @Field(() => RootCause, {
    description:
      'Manager sheets: the root cause, deducted from that item too (see R-APR-5 in docs/domain-rules.md); null on staff sheets.	管理人员表：问题根因，同时在该项扣分（见 docs/domain-rules.md 中的 R-APR-5）；员工表为 null。',
    nullable: true,
  })
  rootCause?: RootCause | null;

  @Field(() => [ID], { description: 'Tickets cited as evidence.	作为证据引用的工单。' })
  evidenceTicketIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The suggested finding this came from (R-APR-7).' })
  suggestionId?: string | null;

  @Field(() => FindingStatus, { description: 'Whether it still deducts.	是否仍然扣分。' })
  status!: FindingStatus;

  @Field(() => AppealView, {
    description: 'The appeal against it; null when not disputed.	针对该扣分的申诉；未申诉时为 null。',
    nullable: true,
  })
  appeal?: AppealView | null;
}

@ObjectType('Check', {
  description:
    "One appraisal check of a person by a checker on a day: the sheet's items, findings, commendation and total (see R-APR-1 to R-APR-6 in docs/domain-rules.md).	某考评人在某日对某人的一次考评检查：评分项、扣分、加分及总分（见 docs/domain-rules.md 中的 R-APR-1 至 R-APR-6）。",
})
export class CheckView {
  @Field(() => ID, { description: 'Stable id of the check.	检查的稳定 ID。' })
  id!: string;

  @Field(() => StaffRef, { description: 'The person checked.	被考评人。' })
  staff!: StaffRef;

  @Field(() => StaffRef, {
    nullable: true,
    description: 'Null when the checker is the company admin account.',
  })
  checker?: StaffRef | null;

  @Field(() => CheckKind, { description: 'Daily, weekly, monthly or spot check.	日检、周检、月检或抽检。' })
  kind!: CheckKind;

  @Field(() => DateScalar, { description: 'Day of the check (YYYY-MM-DD).	检查日期（YYYY-MM-DD）。' })
  date!: string;

  @Field(() => SheetKind, { description: 'Staff or manager sheet.	员工表或管理人员表。' })
  sheet!: SheetKind;

  @Field(() => [ScoreItem], {
    description: 'Every item with its score after the findings.	各项目及扣分后的得分。',
  })
  items!: ScoreItem[];

  @Field(() => [FindingView], { description: 'The deductions recorded.	记录的扣分。' })
  findings!: FindingView[];

  @Field(() => Int, {
    description: 'Commendation points added (1–20); null when none.	加分（1–20）；无加分时为 null。',
    nullable: true,
  })
  commendationPoints?: number | null;

  @Field(() => Float, {
    description: 'Sum of items + commendation, capped at 100; overturned findings do not count.',
  })
  total!: number;

  @Field(() => [ID], {
    description: 'Tickets cited as evidence for the whole check.	整个检查引用为证据的工单。',
  })
  evidenceTicketIds!: string[];
}

@ObjectType({
  description:
    'Score sheet of a day or month: per item the mean item score of the checks in the period, total = mean of the checks’ totals; no check → full marks with checks = 0.',
})
export class ScoreSheet {
  @Field(() => StaffRef, { description: 'The person the sheet is about.	该评分表所考评的员工。' })
  staff!: StaffRef;

  @Field({
    description: 'The period as asked: "YYYY-MM" or "YYYY-MM-DD".	所请求的期间："YYYY-MM" 或 "YYYY-MM-DD"。',
  })
  period!: string;

  @Field(() => SheetKind, {
    description: "Staff or manager sheet, from the person's roles.	员工表或管理人员表，由其角色决定。",
  })
  sheet!: SheetKind;

  @Field(() => [ScoreItem], {
    description: 'Every item of the sheet with its maximum and mean score.	评分表各项目及其满分与平均得分。',
  })
  items!: ScoreItem[];

  @Field(() => Float, {
    description:
      'Mean check total of the period (0–100); 100 when no check found anything (see R-APR-6 in docs/domain-rules.md).	期间内各次检查总分的平均值（0–100）；无扣分时为 100（见 docs/domain-rules.md 中的 R-APR-6）。',
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
  @Field(() => ID, { description: 'Stable id of the suggestion.	建议的稳定 ID。' })
  id!: string;

  @Field(() => StaffRef, { description: 'The person it is about.	涉及的员工。' })
  staff!: StaffRef;

  @Field(() => ScoreItemCode, { description: 'The item it would deduct from.	将被扣分的项目。' })
  item!: ScoreItemCode;

  @Field(() => SuggestionSource, { description: 'What fact it comes from.	来源事实。' })
  source!: SuggestionSource;

  @Field(() => ID, {
    description:
      'The ticket whose SLA was missed; null for a missed visit without ticket.	超出 SLA 的工单；无工单的漏回访为 null。',
    nullable: true,
  })
  ticketId?: string | null;

  @Field({ description: 'The fact, in words.	事实描述。' })
  reason!: string;

  @Field(() => SuggestionStatus, {
    description: 'Suggested, accepted into a check or dismissed.	建议中、已采纳至检查或已驳回。',
  })
  status!: SuggestionStatus;

  @Field(() => String, {
    description:
      'Why a checker dismissed it; null unless DISMISSED.	考评人驳回的原因；非 DISMISSED 时为 null。',
    nullable: true,
  })
  dismissReason?: string | null;

  @Field(() => ID, {
    description: 'The finding it became; null unless ACCEPTED.	采纳后形成的扣分记录；非 ACCEPTED 时为 null。',
    nullable: true,
  })
  findingId?: string | null;
}

@ObjectType({
  description:
    'A check the caller owes in a period by the schedule of R-APR-1 (docs/domain-rules.md).	按 docs/domain-rules.md 中 R-APR-1 的计划，调用者在某期间内应做的一次检查。',
})
export class CheckDue {
  @Field(() => StaffRef, { description: 'The person to check.	应考评的员工。' })
  staff!: StaffRef;

  @Field({ description: 'LEADER_OF_STAFF, SUPERVISOR_OF_LEADERS_AND_STAFF, DIRECTOR_OF_SUPERVISORS, …' })
  relation!: string;

  @Field({ description: 'Frequency policy value: DAILY, WEEKLY, MONTHLY, QUARTERLY or YEARLY.' })
  frequency!: string;

  @Field(() => DateScalar, { description: 'First day of the period (YYYY-MM-DD).	期间首日（YYYY-MM-DD）。' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day of the period (YYYY-MM-DD).	期间末日（YYYY-MM-DD）。' })
  periodEnd!: string;

  @Field({ description: 'The caller already recorded a check of this person in the period.' })
  done!: boolean;
}

@ObjectType({
  description:
    'A scheduled check whose period ended without it being recorded.	期间已结束但未记录的计划检查。',
})
export class MissedCheck {
  @Field(() => StaffRef, { description: 'Who owed the check.	应做检查的人。' })
  checker!: StaffRef;

  @Field(() => StaffRef, { description: 'Who should have been checked.	应被考评的人。' })
  staff!: StaffRef;

  @Field({
    description:
      'The reporting relation that makes it due, e.g. LEADER_OF_STAFF.	产生该检查义务的汇报关系，例如 LEADER_OF_STAFF。',
  })
  relation!: string;

  @Field({
    description:
      'Frequency policy value: DAILY, WEEKLY, MONTHLY, QUARTERLY or YEARLY.	频次政策值：DAILY、WEEKLY、MONTHLY、QUARTERLY 或 YEARLY。',
  })
  frequency!: string;

  @Field(() => DateScalar, { description: 'First day of the period (YYYY-MM-DD).	期间首日（YYYY-MM-DD）。' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day of the period (YYYY-MM-DD).	期间末日（YYYY-MM-DD）。' })
  periodEnd!: string;
}

@ObjectType({
  description:
    "One person's place in a property's ranking by mean check total.	某人在项目内按检查平均总分的排名。",
})
export class RankingRow {
  @Field(() => Int, { description: 'Competition ranking: equal means share a rank.' })
  rank!: number;

  @Field(() => StaffRef, { description: 'The person ranked.	参与排名的员工。' })
  staff!: StaffRef;

  @Field(() => Float, {
    description: 'Mean check total in the period (0–100).	期间内检查总分平均值（0–100）。',
  })
  meanScore!: number;

  @Field(() => Int, { description: 'Checks the mean is taken over.	计算平均值所用的检查次数。' })
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
