import { Field, Float, Int, ObjectType } from 'type-graphql';
import { KpiMeasure } from '@pm/graphql';
import { SurveyCampaign, SurveyResponse } from './survey.entity';

@ObjectType({ description: 'What a survey campaign found, held against kpi.satisfactionMeanMin (R-KPI-3).' })
export class SurveyResult {
  @Field(() => Int)
  sampled!: number;

  @Field(() => Int)
  answered!: number;

  @Field(() => Float, { nullable: true, description: 'Mean of every score given; null before any answer.' })
  mean!: number | null;

  @Field(() => KpiMeasure)
  satisfaction!: KpiMeasure;
}

@ObjectType({ description: 'A survey campaign with its sample and result (R-CUS-13).' })
export class SurveyCampaignView extends SurveyCampaign {
  @Field(() => [SurveyResponse], { description: 'The sampled customers, drawn deterministically.' })
  sample!: SurveyResponse[];

  @Field(() => SurveyResult)
  result!: SurveyResult;
}
