import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { CreateSurveyCampaignInput, RecordSurveyAnswersInput } from './survey.inputs';
import { SurveyService } from './survey.service';
import { SurveyCampaignView } from './survey.types';

@Resolver(() => SurveyCampaignView)
export class SurveyResolver {
  constructor(private service: SurveyService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => SurveyCampaignView, {
    description: 'R-CUS-13: the annual satisfaction survey of a property, its sample drawn at once.',
  })
  createSurveyCampaign(
    @Arg('input', { description: 'The property, year and questions.' })
    input: CreateSurveyCampaignInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.create(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => SurveyCampaignView, {
    description: 'R-CUS-13: a sampled customer’s questionnaire (1–5 each).',
  })
  recordSurveyAnswers(
    @Arg('input', { description: 'The campaign, customer and scores.' })
    input: RecordSurveyAnswersInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.recordAnswers(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => SurveyCampaignView, {
    nullable: true,
    description: 'R-CUS-13 / R-KPI-3: the campaign of a property and year with its mean against the target.',
  })
  surveyCampaign(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('year', () => Int, { description: 'The year, e.g. 2026.' }) year: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.find(requirePrincipal(ctx), propertyId, year);
  }
}
