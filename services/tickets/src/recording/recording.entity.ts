import { Entity, Index, ManyToOne, Opt, Property as Column } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity, foreignKey } from '@pm/db';
import { Ticket } from '../ticket/ticket.entity';
import { CustomerRequest } from '../request/request.entity';

export enum RecordingStatus {
  KEPT = 'KEPT',
  MISSING = 'MISSING',
  FAILED = 'FAILED',
}
registerEnumType(RecordingStatus, {
  valuesConfig: {
    KEPT: { description: 'A recording exists and is kept.' },
    MISSING: {
      description: 'No recording was made (an exception, with its reason).',
    },
    FAILED: {
      description: 'Recording failed (an exception, with its reason).',
    },
  },
  name: 'RecordingStatus',
  description: 'R-TKT-14: KEPT (a recording exists); MISSING or FAILED are exceptions, logged with a reason.',
});

/**
 * One line of the call-recording log (录音存档记录表, R-TKT-14): the recording of a service-line
 * call, the ticket or request it belongs to and until when it is kept — or why there is none.
 */
@ObjectType('CallRecording', {
  description:
    "A line of the call-recording log: a service-line call's recording, or why it is missing (see R-TKT-14 in docs/domain-rules.md).",
})
@Entity({ tableName: 'call_recordings' })
@Index({ name: 'call_recordings_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'call_recordings_property_idx', properties: ['tenantId', 'propertyId', 'status'] })
export class CallRecording extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the log line.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, {
    description: 'The ticket of the call; null when logged against a request.',
    nullable: true,
  })
  @ManyToOne(() => Ticket, {
    ...foreignKey('call_recordings_ticket_id_fkey'),
    fieldName: 'ticket_id',
    nullable: true,
  })
  ticketId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The requests-register line of the call (R-TKT-13).' })
  @ManyToOne(() => CustomerRequest, {
    ...foreignKey('call_recordings_request_id_fkey'),
    fieldName: 'request_id',
    nullable: true,
  })
  requestId?: string | null;

  @Field({ description: 'When the call was (UTC).' })
  @Column({ type: 'timestamptz' })
  callAt!: Date;

  @Field(() => RecordingStatus, { description: 'Kept, missing or failed.' })
  @Column({ type: 'text' })
  status!: RecordingStatus;

  @Field(() => String, { nullable: true, description: 'Where the recording is stored (key or URL).' })
  @Column({ type: 'text', nullable: true })
  recordingRef?: string | null;

  @Field(() => String, { nullable: true, description: 'Why a recording is missing or failed.' })
  @Column({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Kept at least until then (≥ callAt + tickets.recordingRetentionDays); null once preserved.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  keptUntil?: Date | null;

  @Field(() => Boolean, { description: 'Extracted and kept apart: a matter not resolved in time.' })
  @Column({ type: 'boolean' })
  preserved: Opt<boolean> = false;

  @Field(() => String, {
    description: 'Why it was preserved; null unless preserved.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  preservedReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Keycloak user id of who logged it.' })
  @Column({ type: 'text', nullable: true })
  loggedBy?: string | null;
}
