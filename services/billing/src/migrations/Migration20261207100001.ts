import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';
import { storedDocumentsSql } from '@pm/documents';

/** Printed documents (R-DOC-*): the bytes behind signed links, and print batches with progress. */
export class Migration20261207100001 extends Migration {
  override async up(): Promise<void> {
    for (const s of [
      ...storedDocumentsSql(APP_ROLE),
      `create table print_jobs (
        id uuid primary key,
        tenant_id uuid not null,
        kind text not null check (kind in ('PAYMENT_NOTICES','DUNNING_NOTICES')),
        property_id uuid not null,
        period text not null,
        language text not null,
        status text not null check (status in ('RUNNING','DONE','FAILED')),
        total int not null default 0,
        done int not null default 0,
        error text,
        document_id uuid,
        started_at timestamptz not null default now(),
        heartbeat_at timestamptz not null default now(),
        finished_at timestamptz,
        started_by text,
        created_at timestamptz not null default now()
      );`,
      `create index print_jobs_running_idx on print_jobs (tenant_id) where status = 'RUNNING';`,
      ...tenantTableSql('print_jobs', APP_ROLE),
    ])
      this.addSql(s);
  }
}
