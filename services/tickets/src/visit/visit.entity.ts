import { Check, Entity, Enum, Index, ManyToOne, Opt, Property as Column } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity, foreignKey } from '@pm/db';
import { Ticket } from '../ticket/ticket.entity';
import { VisitMethod } from '../ticket/ticket.enums';

/** A follow-up visit due after a complaint or repair closed (R-VIS-1, R-VIS-2), with its sampling record. */
@ObjectType('VisitTask', {
  description:
    'The follow-up visit owed for a closed ticket, from the sampling rule (see R-VIS-1, R-VIS-2 in docs/domain-rules.md).	按抽样规则为已关闭工单安排的回访任务（见 docs/domain-rules.md 中的 R-VIS-1、R-VIS-2）。',
})
@Entity({ tableName: 'visit_tasks' })
@Index({ name: 'visit_tasks_tenant_id_idx', properties: ['tenantId'] })
@Index({
  name: 'visit_tasks_due_idx',
  expression:
    "create index visit_tasks_due_idx on visit_tasks (due_at) where missed_published_at is null and status = 'OPEN'",
})
@Index({ name: 'visit_tasks_seq_idx', properties: ['tenantId', 'propertyId', 'ticketKind'] })
export class VisitTask extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the task.	任务的稳定 ID。' })
  declare id: string;
  @Field(() => ID, { description: 'The closed ticket.	已关闭的工单。' })
  @ManyToOne(() => Ticket, {
    ...foreignKey('visit_tasks_ticket_id_fkey'),
    fieldName: 'ticket_id',
    unique: 'visit_tasks_ticket_id_key',
  })
  ticketId!: string;
  @Column({ type: 'uuid' })
  propertyId!: string;
  @Field({ description: 'Visit due by (UTC).	回访截止时间（UTC）。' })
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
    description: 'GENERAL, IMPORTANT or MAJOR, from the ticket.	GENERAL、IMPORTANT 或 MAJOR，取自工单。',
  })
  @Column({ type: 'text' })
  severity!: string;
  @Field(() => Int, { description: 'sha256(ticket id) mod 1000: the audit trail of the sampling.' })
  @Column({ type: 'integer' })
  sampleHash!: number;
  @Field({
    description:
      'The sampling rule applied, e.g. the share of the policy.	采用的抽样规则，例如政策规定的比例。',
  })
  @Column({ type: 'text' })
  sampleRule!: string;
  @Field(() => Int, {
    description: 'n-th closure of this ticket kind at the property, input of the sampling rule.',
  })
  // The defaults only filled the rows older than the columns (Migration20261127110000).
  @Column({ type: 'integer', default: 0 })
  sequenceNo!: number;
  @Column({ type: 'text', default: 'REPAIR' })
  ticketKind!: string;
  @Field({ description: 'Drawn into the sample: a visit is owed.	被抽中：需要回访。' })
  @Column({ type: 'boolean' })
  selected!: boolean;
  @Field({ description: 'OPEN, DONE, NOT_SAMPLED or MISSED.' })
  @Enum({ items: ['OPEN', 'DONE', 'NOT_SAMPLED', 'MISSED'] })
  status!: string;
  @Field(() => Boolean, {
    description:
      'The visit raised an issue still open (see R-VIS-4 in docs/domain-rules.md).	回访中提出的问题仍未解决（见 docs/domain-rules.md 中的 R-VIS-4）。',
  })
  @Column({ type: 'boolean' })
  openIssue: Opt<boolean> = false;
  @Field(() => Date, {
    description:
      'Reply promised for the open issue (UTC); null when none.	对未决问题承诺的答复时间（UTC）；无则为 null。',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  promisedReplyAt?: Date;
  @Field(() => Int, { description: 'Visits made for the task.	该任务已完成的回访次数。' })
  @Column({ type: 'integer' })
  visitsCount: Opt<number> = 0;
  @Column({ type: 'timestamptz', nullable: true })
  missedPublishedAt?: Date;
}

@ObjectType('Visit', {
  description:
    "A follow-up visit (回访) of a closed ticket with the customer's satisfaction (see R-VIS-1 to R-VIS-4 in docs/domain-rules.md).	对已关闭工单的回访及客户满意度（见 docs/domain-rules.md 中的 R-VIS-1 至 R-VIS-4）。",
})
@Entity({ tableName: 'visits' })
@Index({ name: 'visits_tenant_id_idx', properties: ['tenantId'] })
export class Visit extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the visit.	回访的稳定 ID。' })
  declare id: string;
  @ManyToOne(() => VisitTask, { ...foreignKey('visits_task_id_fkey'), fieldName: 'task_id' })
  taskId!: string;
  @Field(() => ID, { description: 'The ticket visited.	回访的工单。' })
  @ManyToOne(() => Ticket, { ...foreignKey('visits_ticket_id_fkey'), fieldName: 'ticket_id' })
  ticketId!: string;
  @Column({ type: 'uuid' })
  propertyId!: string;
  @Field(() => VisitMethod, { description: 'By phone or on site.	电话或上门。' })
  @Enum({ items: () => VisitMethod })
  method!: VisitMethod;
  @Field(() => Int, {
    description: 'Satisfaction score, 1 (worst) to 5 (best).	满意度评分，1（最差）至 5（最好）。',
  })
  @Column({ type: 'integer' })
  @Check({ name: 'visits_satisfaction_check', expression: 'satisfaction >= 1 and satisfaction <= 5' })
  satisfaction!: number;
  @Field({
    description:
      'The customer signed (required on site, see R-VIS-3 in docs/domain-rules.md).	客户已签字（上门回访必需，见 docs/domain-rules.md 中的 R-VIS-3）。',
  })
  @Column({ type: 'boolean', default: false })
  customerSigned!: boolean;
  @Field(() => String, {
    description: 'Note of the visit; null when none.	回访备注；无则为 null。',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  note?: string;
  @Field(() => ID, { description: 'Staff member who visited.	回访人员。', nullable: true })
  @Column({ type: 'uuid', nullable: true })
  staffId?: string;
  @Column({ type: 'text', nullable: true })
  actorId?: string;
  @Field(() => String, {
    description: 'An issue the customer raised; null when none.	客户提出的新问题；无则为 null。',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  newIssue?: string;
  @Field(() => ID, { nullable: true, description: 'Ticket spawned or reopened for the issue raised.' })
  @Column({ type: 'uuid', nullable: true })
  followUpTicketId?: string;
  @Field({ description: 'When the visit took place (UTC).	回访时间（UTC）。' })
  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
  @Field({ description: 'When it was recorded (UTC).	登记时间（UTC）。' })
  declare createdAt: Date;
}
