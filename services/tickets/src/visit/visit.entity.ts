import { Check, Entity, Enum, Index, ManyToOne, Opt, Property as Column } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity, foreignKey } from '@pm/db';
import { Ticket } from '../ticket/ticket.entity';
import { TicketKind, VisitMethod } from '../ticket/ticket.enums';

/** A follow-up visit due after a complaint or repair closed (R-VIS-1, R-VIS-2), with its sampling record. */
@ObjectType('VisitTask', {
  description:
    'The follow-up visit owed for a closed ticket, from the sampling rule (see R-VIS-1, R-VIS-2 in docs/domain-rules.md).',
})
@Entity({ tableName: 'visit_tasks' })
@Index({ name: 'visit_tasks_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'visit_tasks_property_created_idx', properties: ['tenantId', 'propertyId', 'createdAt'] })
@Index({
  name: 'visit_tasks_due_idx',
  expression:
    "create index visit_tasks_due_idx on visit_tasks (due_at) where missed_published_at is null and status = 'OPEN'",
})
@Index({ name: 'visit_tasks_seq_idx', properties: ['tenantId', 'propertyId', 'ticketKind'] })
export class VisitTask extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the task.' })
  declare id: string;
  @Field(() => ID, { description: 'The closed ticket.' })
  @ManyToOne(() => Ticket, {
    ...foreignKey('visit_tasks_ticket_id_fkey'),
    fieldName: 'ticket_id',
    unique: 'visit_tasks_ticket_id_key',
  })
  ticketId!: string;
  @Column({ type: 'uuid' })
  propertyId!: string;
  @Field({ description: 'Visit due by (UTC).' })
  @Column({ type: 'timestamptz' })
  dueAt!: Date;
  @Field({ description: 'Role that visits (R-VIS-1).' })
  @Column({ type: 'text' })
  responsibleRole!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Staff member answerable for the visit: one holding the responsible role at the property.',
  })
  @Column({ type: 'uuid', nullable: true })
  responsibleStaffId?: string | null;
  @Field({
    description: 'GENERAL, IMPORTANT or MAJOR, from the ticket.',
  })
  @Column({ type: 'text' })
  severity!: string;
  @Field(() => Int, { description: 'sha256(ticket id) mod 1000: the audit trail of the sampling.' })
  @Column({ type: 'integer' })
  sampleHash!: number;
  @Field({
    description: 'The sampling rule applied, e.g. the share of the policy.',
  })
  @Column({ type: 'text' })
  sampleRule!: string;
  @Field(() => Int, {
    description: 'n-th closure of this ticket kind at the property, input of the sampling rule.',
  })
  // The defaults only filled the rows older than the columns (Migration20261127110000).
  @Column({ type: 'integer', default: 0 })
  sequenceNo!: number;
  @Field(() => TicketKind, { description: 'Kind of the closed ticket: complaint or repair.' })
  @Column({ type: 'text', default: 'REPAIR' })
  ticketKind!: string;
  @Field({ description: 'When the task was made, at the close of the ticket (UTC).' })
  declare createdAt: Date;
  @Field({ description: 'Drawn into the sample: a visit is owed.' })
  @Column({ type: 'boolean' })
  selected!: boolean;
  @Field({ description: 'OPEN, DONE, NOT_SAMPLED or MISSED.' })
  @Enum({ items: ['OPEN', 'DONE', 'NOT_SAMPLED', 'MISSED'] })
  status!: string;
  @Field(() => Boolean, {
    description: 'The visit raised an issue still open (see R-VIS-4 in docs/domain-rules.md).',
  })
  @Column({ type: 'boolean' })
  openIssue: Opt<boolean> = false;
  @Field(() => Date, {
    description: 'Reply promised for the open issue (UTC); null when none.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  promisedReplyAt?: Date;
  @Field(() => Int, { description: 'Visits made for the task.' })
  @Column({ type: 'integer' })
  visitsCount: Opt<number> = 0;
  @Column({ type: 'timestamptz', nullable: true })
  missedPublishedAt?: Date;
}

@ObjectType('Visit', {
  description:
    "A follow-up visit (回访) of a closed ticket with the customer's satisfaction (see R-VIS-1 to R-VIS-4 in docs/domain-rules.md).",
})
@Entity({ tableName: 'visits' })
@Index({ name: 'visits_tenant_id_idx', properties: ['tenantId'] })
export class Visit extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the visit.' })
  declare id: string;
  @ManyToOne(() => VisitTask, { ...foreignKey('visits_task_id_fkey'), fieldName: 'task_id' })
  taskId!: string;
  @Field(() => ID, { description: 'The ticket visited.' })
  @ManyToOne(() => Ticket, { ...foreignKey('visits_ticket_id_fkey'), fieldName: 'ticket_id' })
  ticketId!: string;
  @Column({ type: 'uuid' })
  propertyId!: string;
  @Field(() => VisitMethod, { description: 'By phone or on site.' })
  @Enum({ items: () => VisitMethod })
  method!: VisitMethod;
  @Field(() => Int, {
    description: 'Satisfaction score, 1 (worst) to 5 (best).',
  })
  @Column({ type: 'integer' })
  @Check({ name: 'visits_satisfaction_check', expression: 'satisfaction >= 1 and satisfaction <= 5' })
  satisfaction!: number;
  @Field({
    description: 'The customer signed (required on site, see R-VIS-3 in docs/domain-rules.md).',
  })
  @Column({ type: 'boolean', default: false })
  customerSigned!: boolean;
  @Field(() => String, {
    description: 'Note of the visit; null when none.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  note?: string;
  @Field(() => ID, { description: 'Staff member who visited.', nullable: true })
  @Column({ type: 'uuid', nullable: true })
  staffId?: string;
  @Column({ type: 'text', nullable: true })
  actorId?: string;
  @Field(() => String, {
    description: 'An issue the customer raised; null when none.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  newIssue?: string;
  @Field(() => ID, { nullable: true, description: 'Ticket spawned or reopened for the issue raised.' })
  @Column({ type: 'uuid', nullable: true })
  followUpTicketId?: string;
  @Field({ description: 'When the visit took place (UTC).' })
  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
  @Field({ description: 'When it was recorded (UTC).' })
  declare createdAt: Date;
}
