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
  @Field({ description: 'Price-list item code.' })
  code!: string;
  @Field({ description: 'Item name as on the price list.' })
  name!: string;
  @Field(() => Int, { description: 'Quantity.' })
  quantity!: number;
  @Field(() => FenScalar, { description: 'Unit price, in fen.' })
  unitPriceFen!: number;
  @Field(() => FenScalar, { description: 'quantity × unitPriceFen, in fen.' })
  amountFen!: number;
}

@ObjectType({ description: 'R-TKT-3: price assessed for an item not on the price list.' })
export class Quote {
  @Field({ description: 'Code given to the quoted item.' })
  code!: string;
  @Field({ description: 'What is quoted.' })
  name!: string;
  @Field(() => FenScalar, { description: 'Price quoted, in fen.' })
  priceFen!: number;
  @Field({ description: 'Whether the work is feasible at all.' })
  feasible!: boolean;
  @Field({ description: 'When it was quoted (ISO-8601, UTC).' })
  quotedAt!: string;
}

/** One ticket model for repairs, complaints, help requests and patrol findings. */
@Directive('@key(fields: "id")')
@ObjectType('Ticket', {
  description:
    'A service ticket (工单): repair, complaint, help request or patrol finding, with its SLA deadlines and timeline (see R-TKT-1 to R-TKT-11 in docs/domain-rules.md).',
})
@Entity({ tableName: 'tickets' })
@Index({ name: 'tickets_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'tickets_property_idx', properties: ['tenantId', 'propertyId', 'id'] })
@Index({ name: 'tickets_customer_idx', properties: ['tenantId', 'customerId', 'id'] })
@Index({ name: 'tickets_property_created_idx', properties: ['tenantId', 'propertyId', 'createdAt'] })
export class Ticket extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the ticket.' })
  declare id: string;

  @Field(() => TicketKind, {
    description: 'Repair, complaint, help request or patrol finding.',
  })
  @Enum({ items: () => TicketKind })
  kind!: TicketKind;

  @Field(() => TicketStatus, { description: 'Where the ticket stands.' })
  @Column({ type: 'text' })
  status!: TicketStatus;

  @Field({ description: 'When the ticket was logged (UTC).' })
  declare createdAt: Date;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, {
    description: 'The unit concerned; null for public areas and unit-less matters.',
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  unitId?: string;

  @Field(() => ID, {
    description: 'The customer who reported it; null for anonymous or staff-found matters.',
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  customerId?: string;

  @Field({ description: 'What is wrong, as recorded (1–2000 characters).' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => RepairPriority, {
    description: 'Repair priority; null for other kinds.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  priority?: RepairPriority;

  @Field(() => Boolean, {
    description: 'A public-area matter: its own deadlines apply (see R-TKT-6 in docs/domain-rules.md).',
  })
  @Column({ type: 'boolean' })
  publicArea: Opt<boolean> = false;

  @Field(() => Date, {
    description:
      'Appointment with the customer (UTC); the technician is due 5 minutes before (see R-TKT-2 in docs/domain-rules.md).',
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
    description: 'Department the complaint or help request was dispatched to; null otherwise.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  department?: Department;

  @Field(() => Severity, {
    description: 'General, important or major: decides who visits and whether it escalates.',
  })
  @Column({ type: 'text' })
  severity: Opt<Severity> = Severity.GENERAL;

  @Field(() => Boolean, { description: 'Anonymous complaints get no follow-up visit (R-TKT-8).' })
  @Column({ type: 'boolean' })
  anonymous: Opt<boolean> = false;

  @Field(() => Boolean, {
    description: 'Escalated to leadership (major complaints at once).',
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
    description: 'The quote for an item not on the price list; null when none.',
    nullable: true,
  })
  @Column({ type: 'jsonb', nullable: true })
  quote?: Quote;

  @Field(() => QuoteState, {
    description: 'Whether a quote is needed, pending, accepted or rejected.',
  })
  @Column({ type: 'text' })
  quoteState: Opt<QuoteState> = QuoteState.NONE;

  @Field(() => ID, { nullable: true, description: 'Staff id of the person dispatched.' })
  @Column({ type: 'uuid', nullable: true })
  assigneeId?: string;

  @Field(() => MaterialCheck, {
    description: 'Check of customer-supplied material; null when none was supplied.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  materialCheck?: MaterialCheck;

  @Field(() => String, {
    description: 'Why the customer refused the work; null unless REFUSED.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  refusalReason?: string;

  @Field(() => [String], {
    description:
      'The two signatures on a refusal (see R-TKT-4 in docs/domain-rules.md); null unless REFUSED.',
    nullable: true,
  })
  @Column({ type: 'text[]', nullable: true })
  refusalSignatures?: string[];

  @Field(() => Boolean, {
    description: 'The customer tested and signed on completion; null before.',
    nullable: true,
  })
  @Column({ type: 'boolean', nullable: true })
  customerSigned?: boolean;

  @Field(() => [ChargeLine], {
    description: 'Charge lines per price list, passed to billing (see R-TKT-5 in docs/domain-rules.md).',
  })
  @Column({ type: 'jsonb', default: '[]' })
  charges: Opt<ChargeLine[]> = [];

  @Field(() => FenScalar, {
    description: 'Sum of the charge lines, fen; billed by billing, never collected here.',
  })
  @Column({ type: 'integer' })
  chargesFen: Opt<number> = 0;

  @Field(() => ID, {
    description: 'The ticket this one was merged into (same problem filed twice); null otherwise.',
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId?: string;

  @Field(() => ID, {
    description: 'The patrol round that found it; null otherwise.',
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  roundId?: string;

  @Column({ type: 'text', nullable: true })
  reporterId?: string;

  @Field(() => Date, {
    description: 'When it was dispatched (UTC); null before.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt?: Date;

  @Field(() => Date, {
    description: 'When the technician arrived (UTC); null before.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  arrivedAt?: Date;

  @Field(() => Date, {
    description: 'First response to the customer (UTC), measured for R-KPI-1; null before.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  firstResponseAt?: Date;

  @Field(() => Date, {
    description: 'When the work was completed (UTC); null before.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt?: Date;

  @Field(() => Date, {
    description: 'When the ticket was closed (UTC): completed, refused or merged; null while open.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt?: Date;
}

/** R-TKT-11: one row per state change, with actor and time. */
@ObjectType('TicketEvent', {
  description: 'One state change of a ticket with actor and time (see R-TKT-11 in docs/domain-rules.md).',
})
@Entity({ tableName: 'ticket_events' })
@Index({ name: 'ticket_events_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'ticket_events_ticket_idx', properties: ['ticketId', 'at'] })
export class TicketEvent extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the event.' })
  declare id: string;

  @ManyToOne(() => Ticket, { ...foreignKey('ticket_events_ticket_id_fkey'), fieldName: 'ticket_id' })
  ticketId!: string;

  @Field({ description: 'What happened: REPORTED, DISPATCHED, ARRIVED, QUOTED, COMPLETED, ...' })
  @Column({ type: 'text' })
  action!: string;

  @Field(() => TicketStatus, { description: 'Status after the change.' })
  @Column({ type: 'text' })
  status!: TicketStatus;

  @Field({ description: 'STAFF, CUSTOMER or SYSTEM.' })
  @Column({ type: 'text' })
  actorKind!: string;

  @Field(() => String, { nullable: true, description: 'Keycloak user id of the actor.' })
  @Column({ type: 'text', nullable: true })
  actorId?: string;

  @Field({ description: 'When it happened (UTC).' })
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Field(() => String, {
    description: 'Note given with the change; null when none.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  note?: string;
}

/** A measured deadline; the durable timer publishes ticket.sla_breached once when it passes unmet. */
@ObjectType('SlaDeadline', {
  description: "A deadline a ticket is measured against, from a rule and the company's policy.",
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
  @Field(() => ID, { description: 'Stable id of the deadline.' })
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

  @Field({ description: 'When it runs out (UTC).' })
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Field(() => SlaState, { description: 'Open, met, breached or cancelled.' })
  @Enum({ items: () => SlaState })
  state: Opt<SlaState> = SlaState.OPEN;

  @Field(() => Date, {
    description: 'When it was met (UTC); null unless MET.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  metAt?: Date;

  @Column({ type: 'timestamptz', nullable: true })
  breachPublishedAt?: Date;
}
