import { Field, Float, Int, ObjectType } from 'type-graphql';
import { KpiMeasure } from '@pm/graphql';

@ObjectType({ description: 'R-VIS-2 visit rates of tickets closed in the period.' })
export class VisitRates {
  @Field(() => Int, { description: 'Complaints closed in the period.' })
  complaintsClosed!: number;
  @Field(() => Int, { description: 'Of them, visited.' })
  complaintsVisited!: number;
  @Field(() => Float, { nullable: true, description: 'Target ≥ 0.5.' })
  complaintRate!: number | null;
  @Field(() => Int, { description: 'Repairs closed in the period.' })
  repairsClosed!: number;
  @Field(() => Int, { description: 'Of them, visited.' })
  repairsVisited!: number;
  @Field(() => Float, { nullable: true, description: 'Target ≥ 0.3.' })
  repairRate!: number | null;
}

/** Monthly service KPIs of one property (R-KPI-1/2/3/6/7, R-VIS-5); null rate = nothing to measure. */
@ObjectType({
  description:
    'Service KPIs of a property for a month: response, resolution, satisfaction, complaint timeliness and follow-up (see R-KPI-1, R-KPI-2, R-KPI-3, R-KPI-6, R-KPI-7 in docs/domain-rules.md), with the counts they come from.',
})
export class ServiceKpis {
  @Field({ description: 'Month, YYYY-MM.' })
  period!: string;
  @Field(() => Int, {
    description: 'Customer tickets (repair, complaint, help) created in the period, merged ones excluded.',
  })
  tickets!: number;
  @Field(() => Int, { description: 'Of those tickets, completed.' })
  resolved!: number;
  @Field(() => Float, { nullable: true, description: 'R-KPI-2: resolved ÷ tickets.' })
  resolutionRate!: number | null;
  @Field(() => Int, {
    description: 'Tickets whose first-response deadline fell in the period.',
  })
  responsesDue!: number;
  @Field(() => Int, {
    description: 'Of them, first responded to within the policy hours.',
  })
  respondedInTime!: number;
  @Field(() => Float, { nullable: true, description: 'R-KPI-1: first response within the policy hours.' })
  responseWithin24hRate!: number | null;
  @Field(() => Int, { description: 'Complaints created in the period.' })
  complaints!: number;
  @Field(() => Int, {
    description: 'Of them, completed with no breached deadline.',
  })
  timelyComplaints!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-6: complaints completed with no breached deadline ÷ complaints.',
  })
  timelyRate!: number | null;
  @Field(() => VisitRates, {
    description: 'Visit rates of tickets closed in the period (see R-VIS-2 in docs/domain-rules.md).',
  })
  visitRates!: VisitRates;
  @Field(() => Int, {
    description: 'Visit tasks sampled for a visit in the period.',
  })
  visitTasksSampled!: number;
  @Field(() => Int, { description: 'Of them, with an outcome.' })
  visitTasksDone!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-7: sampled visit tasks with an outcome ÷ sampled.',
  })
  followUpHandlingRate!: number | null;
  @Field(() => Int, {
    description:
      "R-KPI-3: questionnaires of the period's year's satisfaction survey (R-CUS-13) answered by the period's end.",
  })
  satisfactionCount!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-3: mean of every score (1–5) of those questionnaires, to two decimals.',
  })
  satisfactionMean!: number | null;
  @Field(() => KpiMeasure, { description: 'R-KPI-1: responseWithin24hRate against kpi.responseRateMin.' })
  response!: KpiMeasure;
  @Field(() => KpiMeasure, { description: 'R-KPI-2: resolutionRate against kpi.resolutionRateMin.' })
  resolution!: KpiMeasure;
  @Field(() => KpiMeasure, {
    description:
      'R-KPI-3: the annual survey’s satisfactionMean against kpi.satisfactionMeanMin (follow-up visit scores are in visitStatistics).',
  })
  satisfaction!: KpiMeasure;
  @Field(() => KpiMeasure, { description: 'R-KPI-6: timelyRate against kpi.complaintTimelyRateMin.' })
  timely!: KpiMeasure;
  @Field(() => KpiMeasure, {
    description: 'R-KPI-7: followUpHandlingRate against kpi.followUpHandlingRateMin.',
  })
  followUp!: KpiMeasure;
}
