import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** The afternoon re-check list of the previous day's repairs (R-TKT-12). */
export class Migration20261207180001 extends Migration {
  override async up(): Promise<void> {
    const sql = [
      `create table repair_rechecks (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        ticket_id uuid not null,
        check_date date not null,
        completed_at timestamptz not null,
        due_from timestamptz not null,
        result text not null,
        note text,
        checked_at timestamptz,
        checked_by text,
        created_at timestamptz not null default now(),
        constraint repair_rechecks_ticket_id_fkey foreign key (ticket_id) references tickets (id),
        constraint repair_rechecks_ticket_id_check_date_key unique (ticket_id, check_date)
      );`,
      `create index repair_rechecks_day_idx on repair_rechecks (tenant_id, property_id, check_date);`,
      ...tenantTableSql('repair_rechecks', APP_ROLE),
    ];
    for (const s of sql) this.addSql(s);
  }
}
