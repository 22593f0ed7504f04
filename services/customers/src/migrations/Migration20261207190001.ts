import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** Renovation applications, inspections and acceptance (R-CUS-11). */
export class Migration20261207190001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table renovations (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      unit_id uuid not null,
      customer_id uuid not null references customers (id),
      contractor text not null,
      works jsonb not null,
      small_job boolean not null,
      start_date date not null,
      applied_on date not null,
      status text not null,
      pending_inspection text,
      inspection_due_on date,
      inspections jsonb not null default '[]',
      violations jsonb not null default '[]',
      accepted_on date,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create index renovations_property_idx on renovations (tenant_id, property_id, status);`);
    for (const s of tenantTableSql('renovations', APP_ROLE)) this.addSql(s);
  }
}
