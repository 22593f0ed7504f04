import { Entity, Index, Opt, Property as Column } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

export type JobStatus = 'PENDING' | 'DONE' | 'FAILED';

/**
 * A durable job: runs once at `runAt`, in its tenant's transaction. A `singletonKey` (a periodic
 * job, "dunning of this tenant") allows one pending row per key: scheduling it again moves it.
 */
@Entity({ tableName: 'scheduled_jobs' })
@Index({ name: 'scheduled_jobs_tenant_id_idx', properties: ['tenantId'] })
@Index({
  name: 'scheduled_jobs_due_idx',
  expression: `create index scheduled_jobs_due_idx on scheduled_jobs (run_at) where status = 'PENDING'`,
})
@Index({
  name: 'scheduled_jobs_tenant_due_idx',
  expression: `create index scheduled_jobs_tenant_due_idx on scheduled_jobs (tenant_id, run_at) where status = 'PENDING'`,
})
@Index({
  name: 'scheduled_jobs_singleton_idx',
  expression: `create unique index scheduled_jobs_singleton_idx on scheduled_jobs (tenant_id, singleton_key) where status = 'PENDING'`,
})
export class ScheduledJob extends TenantEntity {
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'timestamptz' })
  runAt!: Date;

  @Column({ type: 'jsonb' })
  payload!: Record<string, string>;

  @Column({ type: 'text', default: 'PENDING' })
  status: Opt<JobStatus> = 'PENDING';

  @Column({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  @Column({ type: 'text', nullable: true })
  lastError?: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt?: Date | null;

  @Column({ type: 'text', nullable: true })
  singletonKey?: string | null;
}
