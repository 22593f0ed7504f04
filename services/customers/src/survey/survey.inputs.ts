import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({
  description: 'The annual satisfaction survey of a property (see R-CUS-13 in docs/domain-rules.md).',
})
export class CreateSurveyCampaignInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;

  @Field(() => Int, {
    description: 'The year surveyed; one campaign per property and year.',
  })
  year!: number;

  @Field(() => [String], { description: 'The questionnaire (1–30 questions), each scored 1–5.' })
  questions!: string[];
}

@InputType({ description: "A sampled customer's answers." })
export class RecordSurveyAnswersInput {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field(() => ID, { description: 'The sampled customer.' })
  customerId!: string;

  @Field(() => [Int], { description: 'One score 1–5 per question, in question order.' })
  scores!: number[];
}
