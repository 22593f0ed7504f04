import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity, tenantTableSql } from '@pm/db';

/**
 * Rendered bytes behind a signed link, kept until the link expires (≤ 10 minutes). Stored rather
 * than re-rendered on download because (1) the GraphQL answer states `byteSize`, which must be the
 * size of the file the link serves, and a bill paid in between would change the notice; (2) a
 * print batch of 1,000 notices takes seconds to render and must not be rendered again per click.
 * Expired rows are deleted by the service's job runner (`documents.purge`).
 */
@Entity({ tableName: 'stored_documents' })
@Index({ name: 'stored_documents_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'stored_documents_expiry_idx', properties: ['tenantId', 'expiresAt'] })
export class StoredDocument extends TenantEntity {
  /** PAYMENT_NOTICE, DUNNING_NOTICE, RECEIPT, RELEASE_PASS, VISIT_RECORD, PRINT_BATCH. */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  contentType!: string;

  @Property({ type: 'integer' })
  byteSize!: number;

  /** Loaded only when served. */
  @Property({ type: 'blob', lazy: true })
  bytes!: Buffer;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'text', nullable: true })
  createdBy?: string | null;
}

/** The table of a service's migration: RLS like every tenant table. */
export function storedDocumentsSql(appRole: string): string[] {
  return [
    `create table stored_documents (
      id uuid primary key,
      tenant_id uuid not null,
      kind text not null,
      file_name text not null,
      content_type text not null,
      byte_size int not null,
      bytes bytea not null,
      expires_at timestamptz not null,
      created_by text,
      created_at timestamptz not null default now()
    );`,
    `create index stored_documents_expiry_idx on stored_documents (tenant_id, expires_at);`,
    // Large values go out of line (TOAST) already compressed: a PDF does not compress again.
    `alter table stored_documents alter column bytes set storage external;`,
    ...tenantTableSql('stored_documents', appRole),
  ];
}
