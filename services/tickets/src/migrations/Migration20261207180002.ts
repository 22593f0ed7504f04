import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** The requests register (诉求登记, R-TKT-13). */
export class Migration20261207180002 extends Migration {
  override async up(): Promise<void> {
    const sql = [
      `create table customer_requests (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        channel text not null,
        content text not null,
        customer_id uuid,
        requester text,
        received_at timestamptz not null,
        handler_id uuid,
        status text not null,
        outcome text,
        answered_at timestamptz,
        ticket_id uuid,
        logged_by text,
        created_at timestamptz not null default now(),
        constraint customer_requests_ticket_id_fkey foreign key (ticket_id) references tickets (id)
      );`,
      `create index customer_requests_received_idx on customer_requests (tenant_id, property_id, received_at);`,
      ...tenantTableSql('customer_requests', APP_ROLE),
    ];
    for (const s of sql) this.addSql(s);
  }
}
