import { Entity, Index, ManyToOne, Opt, Property as Column, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { Customer } from '../customer/customer.entity';

/** An annual satisfaction survey of a property (满意度调查, R-CUS-13 → R-KPI-3). */
@ObjectType()
@Entity({ tableName: 'survey_campaigns' })
@Index({ name: 'survey_campaigns_tenant_id_idx', properties: ['tenantId'] })
@Unique({
  name: 'survey_campaigns_tenant_id_property_id_year_key',
  properties: ['tenantId', 'propertyId', 'year'],
})
export class SurveyCampaign extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the campaign.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => Int, { description: 'The year surveyed.' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => [String], { description: 'The questionnaire; each question is scored 1–5.' })
  @Column({ type: 'jsonb' })
  questions!: string[];

  @Field(() => Int, { description: 'Current customers of the property when the sample was drawn.' })
  @Column({ type: 'int' })
  population!: number;

  @Field({ description: 'When the sample was drawn.' })
  @Column({ type: 'timestamptz' })
  drawnAt!: Date;
}

/** One sampled customer of a campaign and, once given, their scores. */
@ObjectType({ description: "One sampled customer's questionnaire." })
@Entity({ tableName: 'survey_responses' })
@Index({ name: 'survey_responses_tenant_id_idx', properties: ['tenantId'] })
@Unique({ name: 'survey_responses_campaign_id_customer_id_key', properties: ['campaignId', 'customerId'] })
export class SurveyResponse extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the response.' })
  declare id: string;

  @Field(() => ID, { description: 'The campaign.' })
  @ManyToOne(() => SurveyCampaign, {
    mapToPk: true,
    fieldName: 'campaign_id',
    foreignKeyName: 'survey_responses_campaign_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  campaignId!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, { description: 'The sampled customer.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'survey_responses_customer_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  customerId!: string;

  @Field(() => [Int], { nullable: true, description: 'Scores 1–5 in question order; null until answered.' })
  @Column({ type: 'jsonb', nullable: true })
  scores?: number[] | null;

  @Field(() => Date, {
    description: 'When answered (UTC); null before.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt?: Date | null;

  @Field(() => Boolean, { description: 'Answered already.' })
  get answered(): Opt<boolean> {
    return !!this.answeredAt;
  }
}
