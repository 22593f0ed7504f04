import { Entity, Index, Opt, Property as Column } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

export type JobStatus = 'PENDING' | 'DONE' | 'FAILED';

/** A durable timer: runs once at `runAt` (move-in reminder and escalation, care calendar). */
@Entity({ tableName: 'scheduled_jobs' })
@Index({ name: 'scheduled_jobs_tenant_id_idx', properties: ['tenantId'] })
@Index({
  name: 'scheduled_jobs_due_idx',
  expression: `create index scheduled_jobs_due_idx on scheduled_jobs (run_at) where status = 'PENDING'`,
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
}
