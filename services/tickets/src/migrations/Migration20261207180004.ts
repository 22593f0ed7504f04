import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** Corrective actions of the monthly complaint analysis (R-TKT-15). */
export class Migration20261207180004 extends Migration {
  override async up(): Promise<void> {
    const sql = [
      `create table corrective_actions (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        month text not null,
        issue text not null,
        owner_id uuid not null,
        deadline date not null,
        status text not null,
        result text,
        done_at timestamptz,
        created_at timestamptz not null default now()
      );`,
      `create index corrective_actions_month_idx on corrective_actions (tenant_id, property_id, month);`,
      ...tenantTableSql('corrective_actions', APP_ROLE),
    ];
    for (const s of sql) this.addSql(s);
  }
}
