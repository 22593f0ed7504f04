import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CreateSurveyCampaignInput {
  @Field(() => ID)
  propertyId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [String], { description: 'The questionnaire (1–30 questions), each scored 1–5.' })
  questions!: string[];
}

@InputType()
export class RecordSurveyAnswersInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => [Int], { description: 'One score 1–5 per question, in question order.' })
  scores!: number[];
}
