import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import {
  KpiComparison,
  assertPropertyVisible,
  conflict,
  kpiMeasure,
  notFound,
  validationFailed,
} from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn } from '@pm/time';
import { Occupancy } from '../occupancy/occupancy.entity';
import { findProperty, timeZoneOf } from '../property/property.service';
import { SurveyCampaign, SurveyResponse } from './survey.entity';
import { CreateSurveyCampaignInput, RecordSurveyAnswersInput } from './survey.inputs';
import { answerProblems, drawSample, questionnaireProblems, sampleSize, surveyMean } from './survey.rules';
import { SurveyCampaignView } from './survey.types';

/** Annual satisfaction survey campaigns (R-CUS-13) and their result against R-KPI-3. */
export class SurveyService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** The campaign with its sample and its mean against the target in force at the year's end. */
  private async view(em: EntityManager, c: SurveyCampaign): Promise<SurveyCampaignView> {
    const sample = await em.find(SurveyResponse, { campaignId: c.id }, { orderBy: { id: 'asc' } });
    const answered = sample.filter((r) => r.scores);
    const mean = surveyMean(answered.map((r) => r.scores!));
    const target = await policyValue<number>(em, 'kpi.satisfactionMeanMin', c.propertyId, `${c.year}-12-31`);
    return Object.assign(c, {
      sample,
      result: {
        sampled: sample.length,
        answered: answered.length,
        mean,
        satisfaction: kpiMeasure(
          'R-KPI-3',
          'kpi.satisfactionMeanMin',
          KpiComparison.AT_LEAST,
          mean,
          Number(target),
        ),
      },
    });
  }

  /**
   * R-CUS-13: one campaign per property and year; the sample is drawn at once from the property's
   * current customers (an open occupancy), the policy share of them, at least the policy minimum.
   */
  async create(principal: Principal, input: CreateSurveyCampaignInput): Promise<SurveyCampaignView> {
    const questions = input.questions.map((q) => q.trim());
    const problems = questionnaireProblems(questions);
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
      problems.push({ field: 'year', message: '2000..2100' });
    if (problems.length) throw validationFailed('survey campaign is invalid (R-CUS-13)', problems);
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    try {
      return await this.db.tx(async (em) => {
        if (!(await findProperty(em, input.propertyId))) throw notFound('property');
        const now = this.clock.now();
        const today = dateIn(now, await timeZoneOf(em, input.propertyId));
        const [share, minimum] = await Promise.all([
          policyValue<number>(em, 'customers.surveySampleShare', input.propertyId, today),
          policyValue<number>(em, 'customers.surveyMinSample', input.propertyId, today),
        ]);
        const occupying = await em.find(
          Occupancy,
          { propertyId: input.propertyId, endDate: null },
          { fields: ['customerId'] },
        );
        const population = [...new Set(occupying.map((o) => o.customerId))];
        const c = em.create(SurveyCampaign, {
          propertyId: input.propertyId,
          year: input.year,
          questions,
          population: population.length,
          drawnAt: now,
        });
        for (const customerId of drawSample(c.id, population, sampleSize(population.length, share, minimum)))
          em.create(SurveyResponse, { campaignId: c.id, propertyId: c.propertyId, customerId });
        await em.flush();
        return this.view(em, c);
      }, principal);
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException)
        throw conflict('the property already has a survey campaign for this year (R-CUS-13)');
      throw e;
    }
  }

  /** R-CUS-13: a sampled customer's questionnaire, once, every question scored 1–5. */
  async recordAnswers(principal: Principal, input: RecordSurveyAnswersInput): Promise<SurveyCampaignView> {
    if (!isUuid(input.campaignId)) throw notFound('survey campaign');
    return this.db.tx(async (em) => {
      const c = await em.findOne(SurveyCampaign, input.campaignId);
      if (!c) throw notFound('survey campaign');
      const problems = answerProblems(input.scores, c.questions.length);
      if (problems.length) throw validationFailed('answers are invalid (R-CUS-13)', problems);
      const r = isUuid(input.customerId)
        ? await em.findOne(SurveyResponse, { campaignId: c.id, customerId: input.customerId })
        : null;
      if (!r)
        throw validationFailed('the customer is not in the sample', [
          { field: 'customerId', message: 'not sampled' },
        ]);
      if (r.answeredAt) throw conflict('the customer has already answered', { answeredAt: r.answeredAt });
      r.scores = [...input.scores];
      r.answeredAt = this.clock.now();
      await em.flush();
      await publishInTx(em, Events.surveyAnswered, {
        responseId: r.id,
        campaignId: c.id,
        propertyId: c.propertyId,
        year: c.year,
        scoreSum: r.scores.reduce((s, x) => s + x, 0),
        scoreCount: r.scores.length,
        answeredAt: r.answeredAt.toISOString(),
      });
      return this.view(em, c);
    }, principal);
  }

  async find(principal: Principal, propertyId: string, year: number): Promise<SurveyCampaignView | null> {
    if (!isUuid(propertyId)) return null;
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const c = await em.findOne(SurveyCampaign, { propertyId, year });
      return c ? this.view(em, c) : null;
    }, principal);
  }
}
