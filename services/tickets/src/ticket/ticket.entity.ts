import { FenScalar } from '@pm/graphql';
import { Entity, Enum, Index, ManyToOne, Opt, Property as Column, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { TenantEntity, foreignKey } from '@pm/db';
import {
  Department,
  MaterialCheck,
  QuoteState,
  RepairPriority,
  Severity,
  SlaState,
  TicketKind,
  TicketStatus,
} from './ticket.enums';

@ObjectType({
  description: 'A charge line: unit price as on the price list when the work was done (R-TKT-5).',
})
export class ChargeLine {
  @Field({ description: 'Price-list item code.	价目表项目代码。' })
  code!: string;
  @Field({ description: 'Item name as on the price list.	价目表上的项目名称。' })
  name!: string;
  @Field(() => Int, { description: 'Quantity.	数量。' })
  quantity!: number;
  @Field(() => FenScalar, { description: 'Unit price, in fen.	单价，单位：分。' })
  unitPriceFen!: number;
  @Field(() => FenScalar, { description: 'quantity × unitPriceFen, in fen.	数量 × 单价，单位：分。' })
  amountFen!: number;
}

@ObjectType({ description: 'R-TKT-3: price assessed for an item not on the price list.' })
export class Quote {
  @Field({ description: 'Code given to the quoted item.	报价项目代码。' })
  code!: string;
  @Field({ description: 'What is quoted.	报价项目名称。' })
  name!: string;
  @Field(() => FenScalar, { description: 'Price quoted, in fen.	报价金额，单位：分。' })
  priceFen!: number;
  @Field({ description: 'Whether the work is feasible at all.	是否可行。' })
  feasible!: boolean;
  @Field({ description: 'When it was quoted (ISO-8601, UTC).	报价时间（ISO-8601，UTC）。' })
  quotedAt!: string;
}

/** One ticket model for repairs, complaints, help requests and patrol findings. */
@Directive('@key(fields: "id")')
@ObjectType('Ticket', {
  description:
    'A service ticket (工单): repair, complaint, help request or patrol finding, with its SLA deadlines and timeline (see R-TKT-1 to R-TKT-11 in docs/domain-rules.md).	服务工单：报修、投诉、求助或巡查发现，含 SLA 时限与时间线（见 docs/domain-rules.md 中的 R-TKT-1 至 R-TKT-11）。',
})
@Entity({ tableName: 'tickets' })
@Index({ name: 'tickets_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'tickets_property_idx', properties: ['tenantId', 'propertyId', 'id'] })
@Index({ name: 'tickets_customer_idx', properties: ['tenantId', 'customerId', 'id'] })
export class Ticket extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the ticket.	工单的稳定 ID。' })
  declare id: string;

  @Field(() => TicketKind, {
    description: 'Repair, complaint, help request or patrol finding.	报修、投诉、求助或巡查发现。',
  })
  @Enum({ items: () => TicketKind })
  kind!: TicketKind;

  @Field(() => TicketStatus, { description: 'Where the ticket stands.	工单状态。' })
  @Column({ type: 'text' })
  status!: TicketStatus;

  @Field({ description: 'When the ticket was logged (UTC).	工单登记时间（UTC）。' })
  declare createdAt: Date;

  @Field(() => ID, { description: 'The property.	物业项目。' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, {
    description:
      'The unit concerned; null for public areas and unit-less matters.	涉及的单元；公共区域或无关单元时为 null。',
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  unitId?: string;

  @Field(() => ID, {
    description:
      'The customer who reported it; null for anonymous or staff-found matters.	报告的客户；匿名或员工发现时为 null。',
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  customerId?: string;

  @Field({ description: 'What is wrong, as recorded (1–2000 characters).	问题描述（1–2000 个字符）。' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => RepairPriority, {
    description: 'Repair priority; null for other kinds.	报修优先级；其他类型为 null。',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  priority?: RepairPriority;

  @Field(() => Boolean, {
    description:
      'A public-area matter: its own deadlines apply (see R-TKT-6 in docs/domain-rules.md).	公共区域问题：适用其专门时限（见 docs/domain-rules.md 中的 R-TKT-6）。',
  })
  @Column({ type: 'boolean' })
  publicArea: Opt<boolean> = false;

  @Field(() => Date, {
    description:
      'Appointment with the customer (UTC); the technician is due 5 minutes before (see R-TKT-2 in docs/domain-rules.md).	与客户的预约时间（UTC）；维修人员须提前 5 分钟到场（见 docs/domain-rules.md 中的 R-TKT-2）。',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  appointmentAt?: Date;

  @Field({ description: 'When the customer called or the fault was found: R-TKT-1 is measured from here.' })
  @Column({ type: 'timestamptz' })
  calledAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The price-list item reported; null = not on the list (quote needed).',
  })
  @Column({ type: 'text', nullable: true })
  priceItemCode?: string;

  @Field(() => String, { nullable: true, description: 'Complaint, help or patrol-finding category.' })
  @Column({ type: 'text', nullable: true })
  category?: string;

  @Field(() => Department, {
    description:
      'Department the complaint or help request was dispatched to; null otherwise.	投诉或求助派往的部门；其他情况为 null。',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  department?: Department;

  @Field(() => Severity, {
    description:
      'General, important or major: decides who visits and whether it escalates.	一般、重要或重大：决定回访人及是否升级。',
  })
  @Column({ type: 'text' })
  severity: Opt<Severity> = Severity.GENERAL;

  @Field(() => Boolean, { description: 'Anonymous complaints get no follow-up visit (R-TKT-8).' })
  @Column({ type: 'boolean' })
  anonymous: Opt<boolean> = false;

  @Field(() => Boolean, {
    description: 'Escalated to leadership (major complaints at once).	已上报领导（重大投诉立即上报）。',
  })
  @Column({ type: 'boolean' })
  escalated: Opt<boolean> = false;

  @Field(() => JSONResolver, {
    nullable: true,
    description: 'Complaint intake: what, where, who, when, expectation (R-TKT-8).',
  })
  @Column({ type: 'jsonb', nullable: true })
  intake?: Record<string, string | undefined>;

  @Field(() => Quote, {
    description:
      'The quote for an item not on the price list; null when none.	价目表外项目的报价；无则为 null。',
    nullable: true,
  })
  @Column({ type: 'jsonb', nullable: true })
  quote?: Quote;

  @Field(() => QuoteState, {
    description:
      'Whether a quote is needed, pending, accepted or rejected.	报价状态：无需、待确认、已接受或已拒绝。',
  })
  @Column({ type: 'text' })
  quoteState: Opt<QuoteState> = QuoteState.NONE;

  @Field(() => ID, { nullable: true, description: 'Staff id of the person dispatched.' })
  @Column({ type: 'uuid', nullable: true })
  assigneeId?: string;

  @Field(() => MaterialCheck, {
    description:
      'Check of customer-supplied material; null when none was supplied.	客户自备材料的检查结果；未自备时为 null。',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  materialCheck?: MaterialCheck;

  @Field(() => String, {
    description:
      'Why the customer refused the work; null unless REFUSED.	客户拒绝维修的原因；非 REFUSED 时为 null。',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  refusalReason?: string;

  @Field(() => [String], {
    description:
      'The two signatures on a refusal (see R-TKT-4 in docs/domain-rules.md); null unless REFUSED.	拒绝时的两个签名（见 docs/domain-rules.md 中的 R-TKT-4）；非 REFUSED 时为 null。',
    nullable: true,
  })
  @Column({ type: 'text[]', nullable: true })
  refusalSignatures?: string[];

  @Field(() => Boolean, {
    description:
      'The customer tested and signed on completion; null before.	客户已在完成时验收签字；完成前为 null。',
    nullable: true,
  })
  @Column({ type: 'boolean', nullable: true })
  customerSigned?: boolean;

  @Field(() => [ChargeLine], {
    description:
      'Charge lines per price list, passed to billing (see R-TKT-5 in docs/domain-rules.md).	按价目表计的收费明细，转给收费处（见 docs/domain-rules.md 中的 R-TKT-5）。',
  })
  @Column({ type: 'jsonb', default: '[]' })
  charges: Opt<ChargeLine[]> = [];

  @Field(() => FenScalar, {
    description: 'Sum of the charge lines, fen; billed by billing, never collected here.',
  })
  @Column({ type: 'integer' })
  chargesFen: Opt<number> = 0;

  @Field(() => ID, {
    description:
      'The ticket this one was merged into (same problem filed twice); null otherwise.	合并到的工单（同一问题重复登记）；其他情况为 null。',
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId?: string;

  @Field(() => ID, {
    description: 'The patrol round that found it; null otherwise.	发现问题的巡查轮次；其他情况为 null。',
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  roundId?: string;

  @Column({ type: 'text', nullable: true })
  reporterId?: string;

  @Field(() => Date, {
    description: 'When it was dispatched (UTC); null before.	派工时间（UTC）；派工前为 null。',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt?: Date;

  @Field(() => Date, {
    description: 'When the technician arrived (UTC); null before.	维修人员到场时间（UTC）；到场前为 null。',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  arrivedAt?: Date;

  @Field(() => Date, {
    description:
      'First response to the customer (UTC), measured for R-KPI-1; null before.	首次响应客户的时间（UTC），用于计量 R-KPI-1；响应前为 null。',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  firstResponseAt?: Date;

  @Field(() => Date, {
    description: 'When the work was completed (UTC); null before.	完成时间（UTC）；完成前为 null。',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt?: Date;

  @Field(() => Date, {
    description:
      'When the ticket was closed (UTC): completed, refused or merged; null while open.	关闭时间（UTC）：完成、拒绝或合并；未关闭时为 null。',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt?: Date;
}

/** R-TKT-11: one row per state change, with actor and time. */
@ObjectType('TicketEvent', {
  description:
    'One state change of a ticket with actor and time (see R-TKT-11 in docs/domain-rules.md).	工单的一次状态变更，含操作人与时间（见 docs/domain-rules.md 中的 R-TKT-11）。',
})
@Entity({ tableName: 'ticket_events' })
@Index({ name: 'ticket_events_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'ticket_events_ticket_idx', properties: ['ticketId', 'at'] })
export class TicketEvent extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the event.	事件的稳定 ID。' })
  declare id: string;

  @ManyToOne(() => Ticket, { ...foreignKey('ticket_events_ticket_id_fkey'), fieldName: 'ticket_id' })
  ticketId!: string;

  @Field({ description: 'What happened: REPORTED, DISPATCHED, ARRIVED, QUOTED, COMPLETED, ...' })
  @Column({ type: 'text' })
  action!: string;

  @Field(() => TicketStatus, { description: 'Status after the change.' })
  @Column({ type: 'text' })
  status!: TicketStatus;

  @Field({ description: 'STAFF, CUSTOMER or SYSTEM.	STAFF、CUSTOMER 或 SYSTEM。' })
  @Column({ type: 'text' })
  actorKind!: string;

  @Field(() => String, { nullable: true, description: 'Keycloak user id of the actor.' })
  @Column({ type: 'text', nullable: true })
  actorId?: string;

  @Field({ description: 'When it happened (UTC).	发生时间（UTC）。' })
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Field(() => String, {
    description: 'Note given with the change; null when none.	变更时填写的备注；无则为 null。',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  note?: string;
}

/** A measured deadline; the durable timer publishes ticket.sla_breached once when it passes unmet. */
@ObjectType('SlaDeadline', {
  description:
    "A deadline a ticket is measured against, from a rule and the company's policy.	依据规则与公司政策设定、用于考核工单的时限。",
})
@Entity({ tableName: 'sla_deadlines' })
@Index({ name: 'sla_deadlines_tenant_id_idx', properties: ['tenantId'] })
@Index({
  name: 'sla_deadlines_due_idx',
  expression:
    "create index sla_deadlines_due_idx on sla_deadlines (due_at) where breach_published_at is null and state in ('OPEN','BREACHED')",
})
@Unique({ name: 'sla_deadlines_ticket_id_kind_due_at_key', properties: ['ticketId', 'kind', 'dueAt'] })
export class SlaDeadline extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the deadline.	时限的稳定 ID。' })
  declare id: string;

  @ManyToOne(() => Ticket, { ...foreignKey('sla_deadlines_ticket_id_fkey'), fieldName: 'ticket_id' })
  ticketId!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field({
    description:
      'ORDER_FILLED, ENGINEERING_NOTIFIED, ON_SITE, QUOTE, PUBLIC_NOTIFY, PUBLIC_ON_SITE, HELP_ANSWER, PATROL_REPORT, FIRST_RESPONSE',
  })
  @Column({ type: 'text' })
  kind!: string;

  @Field({ description: 'The rule it measures, e.g. R-TKT-7.' })
  @Column({ type: 'text' })
  rule!: string;

  @Field({ description: 'When it runs out (UTC).	到期时间（UTC）。' })
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Field(() => SlaState, { description: 'Open, met, breached or cancelled.	进行中、已达成、已超时或已取消。' })
  @Enum({ items: () => SlaState })
  state: Opt<SlaState> = SlaState.OPEN;

  @Field(() => Date, {
    description: 'When it was met (UTC); null unless MET.	达成时间（UTC）；非 MET 时为 null。',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  metAt?: Date;

  @Column({ type: 'timestamptz', nullable: true })
  breachPublishedAt?: Date;
}
