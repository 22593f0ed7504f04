import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({
  description:
    'The annual satisfaction survey of a property (see R-CUS-13 in docs/domain-rules.md).	项目年度满意度调查（见 docs/domain-rules.md 中的 R-CUS-13）。',
})
export class CreateSurveyCampaignInput {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;

  @Field(() => Int, {
    description: 'The year surveyed; one campaign per property and year.	调查年份；每个项目每年一次。',
  })
  year!: number;

  @Field(() => [String], { description: 'The questionnaire (1–30 questions), each scored 1–5.' })
  questions!: string[];
}

@InputType({ description: "A sampled customer's answers.	被抽样客户的答卷。" })
export class RecordSurveyAnswersInput {
  @Field(() => ID, { description: 'The campaign.	调查活动。' })
  campaignId!: string;

  @Field(() => ID, { description: 'The sampled customer.	被抽样的客户。' })
  customerId!: string;

  @Field(() => [Int], { description: 'One score 1–5 per question, in question order.' })
  scores!: number[];
}
