import { Entity, Index, Property as Column } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@pm/db';

export enum ActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(ActionStatus, {
  valuesConfig: {
    OPEN: { description: 'To be done.' },
    DONE: { description: 'Done, with its result.' },
  },
  description: 'Where a corrective action stands.',
  name: 'CorrectiveActionStatus',
});

/**
 * A corrective action set by the monthly complaint analysis (限期整改, R-TKT-15): the problem,
 * the staff member who owns it and the date it must be done by.
 */
@ObjectType('CorrectiveAction')
@Entity({ tableName: 'corrective_actions' })
@Index({ name: 'corrective_actions_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'corrective_actions_month_idx', properties: ['tenantId', 'propertyId', 'month'] })
export class CorrectiveAction extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the action.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field({ description: 'The analysed month, YYYY-MM.' })
  @Column({ type: 'text' })
  month!: string;

  @Field({ description: 'The problem and what is to be done.' })
  @Column({ type: 'text' })
  issue!: string;

  @Field(() => ID, { description: 'Staff id of the owner.' })
  @Column({ type: 'uuid' })
  ownerId!: string;

  @Field({ description: 'Done by, YYYY-MM-DD, property-local.' })
  @Column({ type: 'date' })
  deadline!: string;

  @Field(() => ActionStatus, { description: 'Open or done.' })
  @Column({ type: 'text' })
  status!: ActionStatus;

  @Field(() => String, {
    description: 'What was done; null while open.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  result?: string | null;

  @Field(() => Date, {
    description: 'When it was done (UTC); null while open.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  doneAt?: Date | null;
}
