import { Entity, Index, ManyToOne, Property as Column, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';

/**
 * One tenant (shop) on a property's yearly visit plan (租户拜访计划, 第2篇 4.13, R-KPI-9): the
 * month it is planned for and, once made, the visit. A tenant is on a year's plan once.
 */
@ObjectType()
@Entity({ tableName: 'tenant_visit_plan' })
@Index({ name: 'tenant_visit_plan_tenant_id_idx', properties: ['tenantId'] })
@Unique({
  name: 'tenant_visit_plan_year_customer_key',
  properties: ['tenantId', 'propertyId', 'year', 'customerId'],
})
export class TenantVisitPlanEntry extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Field(() => ID)
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
