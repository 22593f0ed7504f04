import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** The call-recording log (录音存档记录表, R-TKT-14). */
export class Migration20261207180003 extends Migration {
  override async up(): Promise<void> {
    const sql = [
      `create table call_recordings (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        ticket_id uuid,
        request_id uuid,
        call_at timestamptz not null,
        status text not null,
        recording_ref text,
        reason text,
        kept_until timestamptz,
        preserved boolean not null default false,
        preserved_reason text,
        logged_by text,
        created_at timestamptz not null default now(),
        constraint call_recordings_ticket_id_fkey foreign key (ticket_id) references tickets (id),
        constraint call_recordings_request_id_fkey foreign key (request_id) references customer_requests (id)
      );`,
      `create index call_recordings_property_idx on call_recordings (tenant_id, property_id, status);`,
      ...tenantTableSql('call_recordings', APP_ROLE),
    ];
    for (const s of sql) this.addSql(s);
  }
}
