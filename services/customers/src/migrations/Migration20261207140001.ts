import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/**
 * Archive documents' bytes in the service's own database (the PostgreSQL file store, the default
 * instead of a directory under /tmp): tenant-scoped with row-level security like every tenant
 * table. Bytes of documents stored on disk before this are not carried over (the local store
 * only ever held them in a temporary directory).
 */
export class Migration20261207140001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table archive_document_contents (
      storage_key text primary key,
      tenant_id uuid not null,
      bytes bytea not null,
      content_type text not null,
      created_at timestamptz not null default now()
    );`);
    for (const s of tenantTableSql('archive_document_contents', APP_ROLE)) this.addSql(s);
  }
}
