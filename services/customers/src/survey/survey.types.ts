import { Field, Float, Int, ObjectType } from 'type-graphql';
import { KpiMeasure } from '@pm/graphql';
import { SurveyCampaign, SurveyResponse } from './survey.entity';

@ObjectType({ description: 'What a survey campaign found, held against kpi.satisfactionMeanMin (R-KPI-3).' })
export class SurveyResult {
  @Field(() => Int, { description: 'Customers sampled.' })
  sampled!: number;

  @Field(() => Int, { description: 'Customers who answered.' })
  answered!: number;

  @Field(() => Float, { nullable: true, description: 'Mean of every score given; null before any answer.' })
  mean!: number | null;

  @Field(() => KpiMeasure, {
    description: 'The mean against kpi.satisfactionMeanMin (see R-KPI-3 in docs/domain-rules.md).',
  })
  satisfaction!: KpiMeasure;
}

@ObjectType({ description: 'A survey campaign with its sample and result (R-CUS-13).' })
export class SurveyCampaignView extends SurveyCampaign {
  @Field(() => [SurveyResponse], { description: 'The sampled customers, drawn deterministically.' })
  sample!: SurveyResponse[];

  @Field(() => SurveyResult, {
    description: 'Sampled, answered and the mean against the target.',
  })
  result!: SurveyResult;
}
