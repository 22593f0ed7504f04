import { Entity, Index, ManyToOne, Property as Column, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity, foreignKey } from '@pm/db';
import { Ticket } from '../ticket/ticket.entity';

export enum RecheckResult {
  PENDING = 'PENDING',
  OK = 'OK',
  NOT_FIXED = 'NOT_FIXED',
}
registerEnumType(RecheckResult, {
  valuesConfig: {
    PENDING: { description: 'Not re-checked yet.' },
    OK: { description: 'The repair holds.' },
    NOT_FIXED: { description: 'Not fixed: the repair is reopened.' },
  },
  name: 'RecheckResult',
  description: 'R-TKT-12: PENDING until re-checked; NOT_FIXED reopens the repair.',
});

/**
 * One line of a day's re-check list (R-TKT-12, 第4篇 12.2.11): a repair completed the day before,
 * to be looked at again in the afternoon, and what the re-check found.
 */
@ObjectType('RepairRecheck')
@Entity({ tableName: 'repair_rechecks' })
@Index({ name: 'repair_rechecks_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'repair_rechecks_day_idx', properties: ['tenantId', 'propertyId', 'checkDate'] })
@Unique({ name: 'repair_rechecks_ticket_id_check_date_key', properties: ['ticketId', 'checkDate'] })
export class RepairRecheck extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the re-check.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, { description: 'The repair re-checked.' })
  @ManyToOne(() => Ticket, { ...foreignKey('repair_rechecks_ticket_id_fkey'), fieldName: 'ticket_id' })
  ticketId!: string;

  @Field({ description: 'The day of the re-check, YYYY-MM-DD in the property’s zone.' })
  @Column({ type: 'date' })
  checkDate!: string;

  @Field({ description: 'When the repair was completed (the day before checkDate).' })
  @Column({ type: 'timestamptz' })
  completedAt!: Date;

  @Field({ description: 'From when it is re-checked: checkDate at tickets.recheckHour.' })
  @Column({ type: 'timestamptz' })
  dueFrom!: Date;

  @Field(() => RecheckResult, { description: 'Pending, OK or not fixed.' })
  @Column({ type: 'text' })
  result!: RecheckResult;

  @Field(() => String, {
    description: 'What is still wrong (NOT_FIXED); null otherwise.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Date, {
    description: 'When it was re-checked (UTC); null while pending.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  checkedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Keycloak user id of who re-checked.' })
  @Column({ type: 'text', nullable: true })
  checkedBy?: string | null;
}
