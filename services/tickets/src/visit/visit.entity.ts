import { Entity, Opt, Property as Column } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { VisitMethod } from '../ticket/ticket.enums';

/** A follow-up visit due after a complaint or repair closed (R-VIS-1, R-VIS-2), with its sampling record. */
@ObjectType('VisitTask')
@Entity({ tableName: 'visit_tasks' })
export class VisitTask extends TenantEntity {
  @Field(() => ID)
  declare id: string;
  @Field(() => ID)
  @Column({ type: 'uuid' })
  ticketId!: string;
  @Column({ type: 'uuid' })
  propertyId!: string;
  @Field()
  @Column({ type: 'timestamptz' })
  dueAt!: Date;
  @Field({ description: 'Role that visits (R-VIS-1).' })
  @Column({ type: 'text' })
  responsibleRole!: string;
  @Field()
  @Column({ type: 'text' })
  severity!: string;
  @Field(() => Int, { description: 'sha256(ticket id) mod 1000: the audit trail of the sampling.' })
  @Column({ type: 'integer' })
  sampleHash!: number;
  @Field()
  @Column({ type: 'text' })
  sampleRule!: string;
  @Field(() => Int, {
    description: 'n-th closure of this ticket kind at the property, input of the sampling rule.',
  })
  @Column({ type: 'integer' })
  sequenceNo!: number;
  @Column({ type: 'text' })
  ticketKind!: string;
  @Field()
  @Column({ type: 'boolean' })
  selected!: boolean;
  @Field({ description: 'OPEN, DONE, NOT_SAMPLED or MISSED.' })
  @Column({ type: 'text' })
  status!: string;
  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  openIssue: Opt<boolean> = false;
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  promisedReplyAt?: Date;
  @Field(() => Int)
  @Column({ type: 'integer' })
  visitsCount: Opt<number> = 0;
  @Column({ type: 'timestamptz', nullable: true })
  missedPublishedAt?: Date;
}

@ObjectType('Visit')
@Entity({ tableName: 'visits' })
export class Visit extends TenantEntity {
  @Field(() => ID)
  declare id: string;
  @Column({ type: 'uuid' })
  taskId!: string;
  @Field(() => ID)
  @Column({ type: 'uuid' })
  ticketId!: string;
  @Column({ type: 'uuid' })
  propertyId!: string;
  @Field(() => VisitMethod)
  @Column({ type: 'text' })
  method!: VisitMethod;
  @Field(() => Int)
  @Column({ type: 'integer' })
  satisfaction!: number;
  @Field()
  @Column({ type: 'boolean' })
  customerSigned!: boolean;
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note?: string;
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  staffId?: string;
  @Column({ type: 'text', nullable: true })
  actorId?: string;
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  newIssue?: string;
  @Field(() => ID, { nullable: true, description: 'Ticket spawned or reopened for the issue raised.' })
  @Column({ type: 'uuid', nullable: true })
  followUpTicketId?: string;
  @Field()
  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
  @Field()
  declare createdAt: Date;
}
