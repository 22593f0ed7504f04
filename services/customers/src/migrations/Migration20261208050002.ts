import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** The yearly tenant visit plan (租户拜访计划, R-KPI-9); assembly requests keep the order raised (R-CUS-14). */
export class Migration20261208050002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table tenant_visit_plan (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      year int not null,
      customer_id uuid not null references customers (id),
      planned_month text not null,
      visited_on date,
      visited_by text,
      notes text,
      created_at timestamptz not null default now(),
      constraint tenant_visit_plan_year_customer_key unique (tenant_id, property_id, year, customer_id)
    );`);
    for (const s of tenantTableSql('tenant_visit_plan', APP_ROLE)) this.addSql(s);
    this.addSql(`alter table assembly_requests add column position int not null default 0;`);
  }
}
