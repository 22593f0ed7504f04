import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** The move-in handover: defect list, key register, household form (R-CUS-12). */
export class Migration20261207190002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table unit_handovers (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      unit_id uuid not null,
      customer_id uuid not null references customers (id),
      inspected_on date not null,
      defects jsonb not null default '[]',
      customer_signature text,
      staff_signature text,
      signed_at timestamptz,
      key_register jsonb not null default '[]',
      household_form jsonb,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create index unit_handovers_property_idx on unit_handovers (tenant_id, property_id);`);
    for (const s of tenantTableSql('unit_handovers', APP_ROLE)) this.addSql(s);
  }
}
