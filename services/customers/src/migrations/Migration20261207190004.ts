import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** Tenant assemblies, their attendance and the requests raised with replies (R-CUS-14, R-KPI-9). */
export class Migration20261207190004 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table tenant_assemblies (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      held_on date not null,
      minutes text not null,
      attendee_ids jsonb not null,
      recorded_by text not null,
      created_at timestamptz not null default now()
    );`);
    this.addSql(
      `create index tenant_assemblies_property_idx on tenant_assemblies (tenant_id, property_id, held_on);`,
    );
    for (const s of tenantTableSql('tenant_assemblies', APP_ROLE)) this.addSql(s);
    this.addSql(`create table assembly_requests (
      id uuid primary key,
      tenant_id uuid not null,
      assembly_id uuid not null references tenant_assemblies (id),
      property_id uuid not null,
      customer_id uuid references customers (id),
      text text not null,
      reply text,
      replied_at timestamptz,
      replied_by text,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create index assembly_requests_assembly_idx on assembly_requests (tenant_id, assembly_id);`);
    for (const s of tenantTableSql('assembly_requests', APP_ROLE)) this.addSql(s);
  }
}
