import { Check, Entity, Index, Opt, Property as Column } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_TIME_ZONE } from '@pm/time';
import { TenantEntity } from '@pm/db';

/** What tickets knows of a property (from property.created): its time zone for deadlines. */
@Entity({ tableName: 'tkt_properties' })
@Index({ name: 'tkt_properties_tenant_id_idx', properties: ['tenantId'] })
export class PropertyProjection extends TenantEntity {
  /** Site staff see the properties in their scope only (the site filter keys on the id). */
  static readonly siteKey = 'id';

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  timeZone!: string;
}

/** The property's time zone: its business days and deadlines are local to it. */
export async function zoneOf(em: EntityManager, propertyId: string): Promise<string> {
  return (await em.findOne(PropertyProjection, { id: propertyId }))?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** Units (from unit.created), to check a ticket's unit belongs to its property. */
@Entity({ tableName: 'tkt_units' })
@Index({ name: 'tkt_units_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'tkt_units_property_idx', properties: ['tenantId', 'propertyId'] })
export class UnitProjection extends TenantEntity {
  @Column({ type: 'uuid' })
  propertyId!: string;

  /** For printed records (回访记录); empty on units heard of before the column existed. */
  @Column({ type: 'text', default: '' })
  building: Opt<string> = '';

  @Column({ type: 'text', default: '' })
  number: Opt<string> = '';
}

/**
 * Who occupies which unit from when to when (from occupancy.started / occupancy.ended): a unit
 * with none on a day is vacant (R-TKT-16). An end heard before its start leaves a row without a
 * start, completed when the start arrives.
 */
@Entity({ tableName: 'tkt_occupancies' })
@Index({ name: 'tkt_occupancies_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'tkt_occupancies_unit_idx', properties: ['tenantId', 'propertyId', 'unitId'] })
export class OccupancyProjection extends TenantEntity {
  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Column({ type: 'date', nullable: true })
  startDate?: string | null;

  /** The last day occupied. */
  @Column({ type: 'date', nullable: true })
  endDate?: string | null;
}

/** Staff (from staff.joined): assignees and the staff id of the caller. */
@Entity({ tableName: 'tkt_staff' })
@Index({ name: 'tkt_staff_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'tkt_staff_user_idx', properties: ['tenantId', 'userId'] })
export class StaffProjection extends TenantEntity {
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text[]' })
  roles!: string[];

  @Column({ type: 'text[]', default: '{}' })
  propertyIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  managerId?: string;

  /** From `staff.left`: no longer dispatched to. */
  @Column({ type: 'timestamptz', nullable: true })
  leftAt?: Date | null;
}

/**
 * An answered questionnaire of the annual satisfaction survey (from survey.answered, R-CUS-13):
 * the dashboard's satisfaction KPI is the survey's mean (R-KPI-3), not follow-up visit scores.
 */
@Entity({ tableName: 'tkt_survey_answers' })
@Index({ name: 'tkt_survey_answers_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'tkt_survey_answers_year_idx', properties: ['tenantId', 'propertyId', 'year'] })
export class SurveyAnswerProjection extends TenantEntity {
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  scoreSum!: number;

  @Check({ name: 'tkt_survey_answers_score_count_check', expression: 'score_count > 0' })
  @Column({ type: 'int' })
  scoreCount!: number;

  @Column({ type: 'timestamptz' })
  answeredAt!: Date;
}
