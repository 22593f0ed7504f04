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
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID)
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

  @Field(() => RecheckResult)
  @Column({ type: 'text' })
  result!: RecheckResult;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  checkedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Keycloak user id of who re-checked.' })
  @Column({ type: 'text', nullable: true })
  checkedBy?: string | null;
}
