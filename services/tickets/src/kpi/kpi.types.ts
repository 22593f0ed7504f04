import { Field, Float, Int, ObjectType } from 'type-graphql';
import { KpiMeasure } from '@pm/graphql';

@ObjectType({ description: 'R-VIS-2 visit rates of tickets closed in the period.' })
export class VisitRates {
  @Field(() => Int, { description: 'Complaints closed in the period.	期间内关闭的投诉数。' })
  complaintsClosed!: number;
  @Field(() => Int, { description: 'Of them, visited.	其中已回访的数量。' })
  complaintsVisited!: number;
  @Field(() => Float, { nullable: true, description: 'Target ≥ 0.5.' })
  complaintRate!: number | null;
  @Field(() => Int, { description: 'Repairs closed in the period.	期间内关闭的报修数。' })
  repairsClosed!: number;
  @Field(() => Int, { description: 'Of them, visited.	其中已回访的数量。' })
  repairsVisited!: number;
  @Field(() => Float, { nullable: true, description: 'Target ≥ 0.3.' })
  repairRate!: number | null;
}

/** Monthly service KPIs of one property (R-KPI-1/2/3/6/7, R-VIS-5); null rate = nothing to measure. */
@ObjectType({
  description:
    'Service KPIs of a property for a month: response, resolution, satisfaction, complaint timeliness and follow-up (see R-KPI-1, R-KPI-2, R-KPI-3, R-KPI-6, R-KPI-7 in docs/domain-rules.md), with the counts they come from.	项目某月的服务 KPI：响应、解决、满意度、投诉及时率与回访（见 docs/domain-rules.md 中的 R-KPI-1、R-KPI-2、R-KPI-3、R-KPI-6、R-KPI-7），含计算所用的计数。',
})
export class ServiceKpis {
  @Field({ description: 'Month, YYYY-MM.	月份，YYYY-MM。' })
  period!: string;
  @Field(() => Int, {
    description: 'Customer tickets (repair, complaint, help) created in the period, merged ones excluded.',
  })
  tickets!: number;
  @Field(() => Int, { description: 'Of those tickets, completed.	其中已完成的工单数。' })
  resolved!: number;
  @Field(() => Float, { nullable: true, description: 'R-KPI-2: resolved ÷ tickets.' })
  resolutionRate!: number | null;
  @Field(() => Int, {
    description: 'Tickets whose first-response deadline fell in the period.	首次响应时限落在期间内的工单数。',
  })
  responsesDue!: number;
  @Field(() => Int, {
    description: 'Of them, first responded to within the policy hours.	其中在政策规定时间内首次响应的数量。',
  })
  respondedInTime!: number;
  @Field(() => Float, { nullable: true, description: 'R-KPI-1: first response within the policy hours.' })
  responseWithin24hRate!: number | null;
  @Field(() => Int, { description: 'Complaints created in the period.	期间内创建的投诉数。' })
  complaints!: number;
  @Field(() => Int, {
    description: 'Of them, completed with no breached deadline.	其中未超任何时限完成的数量。',
  })
  timelyComplaints!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-6: complaints completed with no breached deadline ÷ complaints.',
  })
  timelyRate!: number | null;
  @Field(() => VisitRates, {
    description:
      'Visit rates of tickets closed in the period (see R-VIS-2 in docs/domain-rules.md).	期间内关闭工单的回访率（见 docs/domain-rules.md 中的 R-VIS-2）。',
  })
  visitRates!: VisitRates;
  @Field(() => Int, {
    description: 'Visit tasks sampled for a visit in the period.	期间内被抽中回访的任务数。',
  })
  visitTasksSampled!: number;
  @Field(() => Int, { description: 'Of them, with an outcome.	其中已有结果的数量。' })
  visitTasksDone!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-7: sampled visit tasks with an outcome ÷ sampled.',
  })
  followUpHandlingRate!: number | null;
  @Field(() => Int, {
    description: 'Visits with a satisfaction score in the period.	期间内有满意度评分的回访数。',
  })
  satisfactionCount!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-3: mean satisfaction (1–5) of visits recorded in the period.',
  })
  satisfactionMean!: number | null;
  @Field(() => KpiMeasure, { description: 'R-KPI-1: responseWithin24hRate against kpi.responseRateMin.' })
  response!: KpiMeasure;
  @Field(() => KpiMeasure, { description: 'R-KPI-2: resolutionRate against kpi.resolutionRateMin.' })
  resolution!: KpiMeasure;
  @Field(() => KpiMeasure, {
    description:
      'R-KPI-3: satisfactionMean against kpi.satisfactionMeanMin. Until satisfaction surveys are recorded, the mean of follow-up visit scores.',
  })
  satisfaction!: KpiMeasure;
  @Field(() => KpiMeasure, { description: 'R-KPI-6: timelyRate against kpi.complaintTimelyRateMin.' })
  timely!: KpiMeasure;
  @Field(() => KpiMeasure, {
    description: 'R-KPI-7: followUpHandlingRate against kpi.followUpHandlingRateMin.',
  })
  followUp!: KpiMeasure;
}
