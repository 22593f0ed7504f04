import { Entity, Index, ManyToOne, Property as Column, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';

/**
 * One tenant (shop) on a property's yearly visit plan (租户拜访计划, 第2篇 4.13, R-KPI-9): the
 * month it is planned for and, once made, the visit. A tenant is on a year's plan once.
 */
@ObjectType({
  description:
    'R-KPI-9: one tenant (shop) on a property’s yearly visit plan (租户拜访计划), with its planned month and the visit once made.',
})
@Entity({ tableName: 'tenant_visit_plan' })
@Index({ name: 'tenant_visit_plan_tenant_id_idx', properties: ['tenantId'] })
@Unique({
  name: 'tenant_visit_plan_year_customer_key',
  properties: ['tenantId', 'propertyId', 'year', 'customerId'],
})
export class TenantVisitPlanEntry extends TenantEntity {
  @Field(() => ID, { description: 'The plan entry; recordTenantVisit names it.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => Int, { description: 'Calendar year of the plan.' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => ID, { description: 'The tenant (a customer of the property) to visit.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'tenant_visit_plan_customer_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  customerId!: string;

  @Field({ description: 'The month the visit is planned for, YYYY-MM of the plan’s year.' })
  @Column({ type: 'text' })
  plannedMonth!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Property-local date of the visit made.' })
  @Column({ type: 'date', nullable: true })
  visitedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Staff member (subject) who made the visit.' })
  @Column({ type: 'text', nullable: true })
  visitedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'What the tenant said (走访记录).' })
  @Column({ type: 'text', nullable: true })
  notes?: string | null;
}
