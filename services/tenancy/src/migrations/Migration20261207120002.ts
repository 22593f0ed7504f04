import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/**
 * Revocations (revoked partner clients, deactivated or changed staff) and the one cross-tenant
 * read of them: SECURITY DEFINER, returning only what the token verifiers match on.
 */
export class Migration20261207120002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table revocations (
      id uuid primary key,
      tenant_id uuid not null,
      kind text not null check (kind in ('client', 'user')),
      subject text not null,
      revoked_at timestamptz not null,
      reason text not null,
      created_at timestamptz not null default now()
    );`);
    for (const s of tenantTableSql('revocations', APP_ROLE)) this.addSql(s);
    this.addSql(`create index revocations_revoked_at_idx on revocations (revoked_at);`);
    this.addSql(`create or replace function recent_revocations(since timestamptz)
      returns table (tenant_id uuid, kind text, subject text, revoked_at timestamptz)
      language sql stable security definer set search_path = public as $$
        select r.tenant_id, r.kind, r.subject, r.revoked_at from revocations r where r.revoked_at >= since $$;`);
    this.addSql(`revoke all on function recent_revocations(timestamptz) from public;`);
    this.addSql(`grant execute on function recent_revocations(timestamptz) to "${APP_ROLE}";`);
  }
}
