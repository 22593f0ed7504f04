import { Entity, Index, ManyToOne, Property as Column } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity, foreignKey } from '@pm/db';
import { Ticket } from '../ticket/ticket.entity';

export enum RequestChannel {
  PHONE = 'PHONE',
  VISIT = 'VISIT',
  LETTER = 'LETTER',
  ONLINE = 'ONLINE',
  ASSEMBLY = 'ASSEMBLY',
}
registerEnumType(RequestChannel, {
  valuesConfig: {
    PHONE: { description: 'Service line call.' },
    VISIT: { description: 'At the desk.' },
    LETTER: { description: 'In writing.' },
    ONLINE: { description: 'Online (app, website, messaging).' },
    ASSEMBLY: { description: 'At a tenant assembly.' },
  },
  name: 'RequestChannel',
  description:
    'How the request came (R-TKT-13): service line, at the desk, in writing, online, or at the tenants’ assembly.',
});

export enum RequestStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
}
registerEnumType(RequestStatus, {
  valuesConfig: {
    OPEN: { description: 'Not answered yet.' },
    ANSWERED: { description: 'An outcome is recorded.' },
  },
  name: 'RequestStatus',
  description: 'ANSWERED once an outcome is recorded.',
});

/**
 * One line of the requests register (诉求(需求)记录表, R-TKT-13): what a customer asked through
 * which channel, who handled it, the outcome and the ticket it became.
 */
@ObjectType('CustomerRequest', {
  description:
    'A line of the requests register (诉求记录表): a customer request, its channel, handler and outcome (see R-TKT-13 in docs/domain-rules.md).',
})
@Entity({ tableName: 'customer_requests' })
@Index({ name: 'customer_requests_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'customer_requests_received_idx', properties: ['tenantId', 'propertyId', 'receivedAt'] })
export class CustomerRequest extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the request.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => RequestChannel, { description: 'How it came in.' })
  @Column({ type: 'text' })
  channel!: RequestChannel;

  @Field({ description: 'What was asked, as recorded (1–2000 characters).' })
  @Column({ type: 'text' })
  content!: string;

  @Field(() => ID, {
    description: 'The customer who asked; null when not a known customer.',
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who asked, when not a known customer.' })
  @Column({ type: 'text', nullable: true })
  requester?: string | null;

  @Field({ description: 'When it came in (UTC).' })
  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'Staff id of who handles it.' })
  @Column({ type: 'uuid', nullable: true })
  handlerId?: string | null;

  @Field(() => RequestStatus, { description: 'Open or answered.' })
  @Column({ type: 'text' })
  status!: RequestStatus;

  @Field(() => String, {
    description: 'The reply or result given; null while open.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  outcome?: string | null;

  @Field(() => Date, {
    description: 'When it was answered (UTC); null while open.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The ticket the request became, if any.' })
  @ManyToOne(() => Ticket, {
    ...foreignKey('customer_requests_ticket_id_fkey'),
    fieldName: 'ticket_id',
    nullable: true,
  })
  ticketId?: string | null;

  @Field(() => String, { nullable: true, description: 'Keycloak user id of who logged it.' })
  @Column({ type: 'text', nullable: true })
  loggedBy?: string | null;
}
