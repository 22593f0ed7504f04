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
  @Field()
  code!: string;
  @Field()
  name!: string;
  @Field(() => Int)
  quantity!: number;
  @Field(() => FenScalar)
  unitPriceFen!: number;
  @Field(() => FenScalar)
  amountFen!: number;
}

@ObjectType({ description: 'R-TKT-3: price assessed for an item not on the price list.' })
export class Quote {
  @Field()
  code!: string;
  @Field()
  name!: string;
  @Field(() => FenScalar)
  priceFen!: number;
  @Field()
  feasible!: boolean;
  @Field()
  quotedAt!: string;
}

/** One ticket model for repairs, complaints, help requests and patrol findings. */
@Directive('@key(fields: "id")')
@ObjectType('Ticket')
@Entity({ tableName: 'tickets' })
@Index({ name: 'tickets_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'tickets_property_idx', properties: ['tenantId', 'propertyId', 'id'] })
@Index({ name: 'tickets_customer_idx', properties: ['tenantId', 'customerId', 'id'] })
export class Ticket extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => TicketKind)
  @Enum({ items: () => TicketKind })
  kind!: TicketKind;

  @Field(() => TicketStatus)
  @Column({ type: 'text' })
  status!: TicketStatus;

  @Field()
  declare createdAt: Date;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  unitId?: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  customerId?: string;

  @Field()
  @Column({ type: 'text' })
  description!: string;

  @Field(() => RepairPriority, { nullable: true })
  @Column({ type: 'text', nullable: true })
  priority?: RepairPriority;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  publicArea: Opt<boolean> = false;

  @Field(() => Date, { nullable: true })
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

  @Field(() => Department, { nullable: true })
  @Column({ type: 'text', nullable: true })
  department?: Department;

  @Field(() => Severity)
  @Column({ type: 'text' })
  severity: Opt<Severity> = Severity.GENERAL;

  @Field(() => Boolean, { description: 'Anonymous complaints get no follow-up visit (R-TKT-8).' })
  @Column({ type: 'boolean' })
  anonymous: Opt<boolean> = false;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  escalated: Opt<boolean> = false;

  @Field(() => JSONResolver, {
    nullable: true,
    description: 'Complaint intake: what, where, who, when, expectation (R-TKT-8).',
  })
  @Column({ type: 'jsonb', nullable: true })
  intake?: Record<string, string | undefined>;

  @Field(() => Quote, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  quote?: Quote;

  @Field(() => QuoteState)
  @Column({ type: 'text' })
  quoteState: Opt<QuoteState> = QuoteState.NONE;

  @Field(() => ID, { nullable: true, description: 'Staff id of the person dispatched.' })
  @Column({ type: 'uuid', nullable: true })
  assigneeId?: string;

  @Field(() => MaterialCheck, { nullable: true })
  @Column({ type: 'text', nullable: true })
  materialCheck?: MaterialCheck;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  refusalReason?: string;

  @Field(() => [String], { nullable: true })
  @Column({ type: 'text[]', nullable: true })
  refusalSignatures?: string[];

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  customerSigned?: boolean;

  @Field(() => [ChargeLine])
  @Column({ type: 'jsonb', default: '[]' })
  charges: Opt<ChargeLine[]> = [];

  @Field(() => FenScalar, {
    description: 'Sum of the charge lines, fen; billed by billing, never collected here.',
  })
  @Column({ type: 'integer' })
  chargesFen: Opt<number> = 0;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId?: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  roundId?: string;

  @Column({ type: 'text', nullable: true })
  reporterId?: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt?: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  arrivedAt?: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  firstResponseAt?: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt?: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt?: Date;
}

/** R-TKT-11: one row per state change, with actor and time. */
@ObjectType('TicketEvent')
@Entity({ tableName: 'ticket_events' })
@Index({ name: 'ticket_events_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'ticket_events_ticket_idx', properties: ['ticketId', 'at'] })
export class TicketEvent extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Ticket, { ...foreignKey('ticket_events_ticket_id_fkey'), fieldName: 'ticket_id' })
  ticketId!: string;

  @Field({ description: 'What happened: REPORTED, DISPATCHED, ARRIVED, QUOTED, COMPLETED, ...' })
  @Column({ type: 'text' })
  action!: string;

  @Field(() => TicketStatus, { description: 'Status after the change.' })
  @Column({ type: 'text' })
  status!: TicketStatus;

  @Field()
  @Column({ type: 'text' })
  actorKind!: string;

  @Field(() => String, { nullable: true, description: 'Keycloak user id of the actor.' })
  @Column({ type: 'text', nullable: true })
  actorId?: string;

  @Field()
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note?: string;
}

/** A measured deadline; the durable timer publishes ticket.sla_breached once when it passes unmet. */
@ObjectType('SlaDeadline')
@Entity({ tableName: 'sla_deadlines' })
@Index({ name: 'sla_deadlines_tenant_id_idx', properties: ['tenantId'] })
@Index({
  name: 'sla_deadlines_due_idx',
  expression:
    "create index sla_deadlines_due_idx on sla_deadlines (due_at) where breach_published_at is null and state in ('OPEN','BREACHED')",
})
@Unique({ name: 'sla_deadlines_ticket_id_kind_due_at_key', properties: ['ticketId', 'kind', 'dueAt'] })
export class SlaDeadline extends TenantEntity {
  @Field(() => ID)
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

  @Field()
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Field(() => SlaState)
  @Enum({ items: () => SlaState })
  state: Opt<SlaState> = SlaState.OPEN;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  metAt?: Date;

  @Column({ type: 'timestamptz', nullable: true })
  breachPublishedAt?: Date;
}
