import { Entity, Enum, Index, Opt, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@pm/db';

export enum PrintBatchKind {
  PAYMENT_NOTICES = 'PAYMENT_NOTICES',
  DUNNING_NOTICES = 'DUNNING_NOTICES',
}
registerEnumType(PrintBatchKind, {
  valuesConfig: {
    PAYMENT_NOTICES: {
      description: "The period's payment notices (交款通知书) of every bill of the property.",
    },
    DUNNING_NOTICES: {
      description: 'The dunning notices (催款通知书) of the rounds scheduled in the period.',
    },
  },
  name: 'PrintBatchKind',
  description:
    'PAYMENT_NOTICES: the period’s 交款通知书 of every bill of the property; DUNNING_NOTICES: the 催款通知书 of the dunning rounds dated in the period.',
});

export enum PrintJobStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(PrintJobStatus, {
  valuesConfig: {
    RUNNING: { description: 'Rendering in the background.' },
    DONE: { description: 'The PDF is ready (see document).' },
    FAILED: { description: 'Stopped on an error (see error).' },
  },
  description: 'Where a print job stands.',
  name: 'PrintJobStatus',
});

/**
 * A print batch (R-DOC-2): the month's notices of a property rendered into one PDF in the
 * background; the row carries the progress, so any replica answers the polling client.
 */
@ObjectType({
  description: 'A print batch rendering in the background; poll printJob(id) for progress and the document.',
})
@Entity({ tableName: 'print_jobs' })
@Index({ name: 'print_jobs_tenant_id_idx', properties: ['tenantId'] })
@Index({
  name: 'print_jobs_running_idx',
  expression: "create index print_jobs_running_idx on print_jobs (tenant_id) where status = 'RUNNING'",
})
export class PrintJob extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the print job.' })
  declare id: string;

  @Field(() => PrintBatchKind, { description: 'Which notices are printed.' })
  @Enum({ items: () => PrintBatchKind })
  kind!: PrintBatchKind;

  @Field(() => ID, { description: 'The property.' })
  @Property({ type: 'uuid' })
  propertyId!: string;

  @Field({ description: 'YYYY-MM' })
  @Property({ type: 'text' })
  period!: string;

  @Property({ type: 'text' })
  language!: string;

  @Field(() => PrintJobStatus, { description: 'Running, done or failed.' })
  @Enum({ items: () => PrintJobStatus })
  status!: PrintJobStatus;

  @Field(() => Int, { description: 'Notices in the batch.' })
  @Property({ type: 'integer', default: 0 })
  total: Opt<number> = 0;

  @Field(() => Int, { description: 'Notices rendered so far.' })
  @Property({ type: 'integer', default: 0 })
  done: Opt<number> = 0;

  @Field(() => String, {
    description: 'Why it failed; null unless FAILED.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  /** The stored file (libs/documents) once DONE. */
  @Property({ type: 'uuid', nullable: true })
  documentId?: string | null;

  @Field(() => Date, { description: 'When it started (UTC).' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  startedAt: Opt<Date> = new Date();

  /** Renewed as pages are rendered: a RUNNING job whose heartbeat stopped (its process died) is FAILED. */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  heartbeatAt: Opt<Date> = new Date();

  @Field(() => Date, {
    description: 'When it finished (UTC); null while running.',
    nullable: true,
  })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  startedBy?: string | null;
}

/** 0 … 1: notices rendered of the batch, 1 once the file is ready. */
export function printProgress(job: Pick<PrintJob, 'status' | 'done' | 'total'>): number {
  if (job.status === PrintJobStatus.DONE) return 1;
  return job.total ? Math.min(1, job.done / job.total) : 0;
}
