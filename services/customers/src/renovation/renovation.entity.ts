import { Entity, Index, ManyToOne, Opt, Property as Column } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';
import { InspectionKind, RenovationStatus } from './renovation.rules';
import './renovation.types';

@ObjectType({ description: 'One inspection of a renovation, passed or with findings to fix.' })
export class RenovationInspection {
  @Field(() => InspectionKind, { description: 'Which inspection.' })
  kind!: InspectionKind;

  @Field({ description: 'Whether it passed.' })
  passed!: boolean;

  @Field(() => DateScalar, { description: 'Property-local date of the inspection.' })
  on!: string;

  @Field({ description: 'Staff member (subject) who recorded it.' })
  by!: string;

  @Field(() => [String], { description: 'Problems found; to be fixed by rectifyBy.' })
  findings!: string[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Findings fixed by (billing.renovationDefectFixDays).',
  })
  rectifyBy?: string | null;
}

@ObjectType({ description: 'A renovation violation (违章装修); while open, no inspection takes place.' })
export class RenovationViolation {
  @Field(() => ID, { description: 'Stable id of the violation.' })
  id!: string;

  @Field({ description: 'What the violation is.' })
  description!: string;

  @Field(() => DateScalar, {
    description: 'Day recorded (YYYY-MM-DD), property-local.',
  })
  recordedOn!: string;

  @Field({ description: 'Staff member (subject) who recorded it.' })
  recordedBy!: string;

  @Field(() => DateScalar, {
    description: 'Day it was rectified (YYYY-MM-DD); null while open.',
    nullable: true,
  })
  rectifiedOn?: string | null;
}

/** A renovation application (装修申请) and its inspections up to acceptance (第4篇 7, R-CUS-11). */
@ObjectType()
@Entity({ tableName: 'renovations' })
@Index({ name: 'renovations_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'renovations_property_idx', properties: ['tenantId', 'propertyId', 'status'] })
export class Renovation extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the renovation.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, { description: 'The unit renovated.' })
  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => ID, { description: 'The customer who applied.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'renovations_customer_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  customerId!: string;

  @Field({ description: 'The contractor (装修承办商).' })
  @Column({ type: 'text' })
  contractor!: string;

  @Field(() => [String], {
    description: 'The works applied for; added works after acceptance need a new application.',
  })
  @Column({ type: 'jsonb' })
  works!: string[];

  @Field({ description: 'Small and simple, no alterations: initial and formal inspection may be combined.' })
  @Column({ type: 'boolean' })
  smallJob!: boolean;

  @Field(() => DateScalar, { description: 'Day the works start (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, {
    description: 'Day of the application (YYYY-MM-DD), at least 1 day before the start.',
  })
  @Column({ type: 'date' })
  appliedOn!: string;

  @Field(() => RenovationStatus, { description: 'Where it stands.' })
  @Column({ type: 'text' })
  status!: RenovationStatus;

  @Field(() => InspectionKind, { nullable: true, description: 'The inspection asked for and not yet held.' })
  @Column({ type: 'text', nullable: true })
  pendingInspection?: InspectionKind | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The pending inspection takes place by this date.',
  })
  @Column({ type: 'date', nullable: true })
  inspectionDueOn?: string | null;

  @Field(() => [RenovationInspection], {
    description: 'Inspections held, oldest first.',
  })
  @Column({ type: 'jsonb', default: '[]' })
  inspections: Opt<RenovationInspection[]> = [];

  @Field(() => [RenovationViolation], { description: 'Violations recorded (违章装修).' })
  @Column({ type: 'jsonb', default: '[]' })
  violations: Opt<RenovationViolation[]> = [];

  @Field(() => DateScalar, {
    description: 'Day of the formal acceptance (YYYY-MM-DD); null before.',
    nullable: true,
  })
  @Column({ type: 'date', nullable: true })
  acceptedOn?: string | null;
}
