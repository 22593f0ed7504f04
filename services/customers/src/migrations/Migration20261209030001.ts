import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/**
 * R-CUS-9 letter templates, per-delivery filled text and fire-safety inspections with their
 * findings; R-ARC-4 stored monthly completeness checks. Keys as distributionKeysSql leaves them
 * (Migration20261208990001): primary and foreign keys led by tenant_id, the id unique beside.
 */
export class Migration20261209030001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table letter_templates (
      id uuid not null,
      tenant_id uuid not null,
      constraint letter_templates_pkey primary key (tenant_id, id),
      constraint letter_templates_id_key unique (id),
      name text not null,
      kind text not null,
      title text not null,
      body text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );`);
    for (const s of tenantTableSql('letter_templates', APP_ROLE)) this.addSql(s);
    this.addSql(`alter table notices add column template_id uuid;`);
    this.addSql(`alter table notice_deliveries add column title text, add column body text;`);

    this.addSql(`create table fire_safety_inspections (
      id uuid not null,
      tenant_id uuid not null,
      constraint fire_safety_inspections_pkey primary key (tenant_id, id),
      constraint fire_safety_inspections_id_key unique (id),
      property_id uuid not null,
      period text not null,
      status text not null default 'OPEN',
      completed_at timestamptz,
      created_at timestamptz not null default now(),
      constraint fire_safety_inspections_period_key unique (tenant_id, property_id, period)
    );`);
    for (const s of tenantTableSql('fire_safety_inspections', APP_ROLE)) this.addSql(s);
    this.addSql(`create table fire_safety_findings (
      id uuid not null,
      tenant_id uuid not null,
      constraint fire_safety_findings_pkey primary key (tenant_id, id),
      constraint fire_safety_findings_id_key unique (id),
      inspection_id uuid not null,
      property_id uuid not null,
      unit_id uuid not null,
      description text not null,
      needs_rectification boolean not null,
      customer_id uuid,
      notice_id uuid,
      recorded_by text,
      created_at timestamptz not null default now(),
      constraint fire_safety_findings_inspection_id_fkey foreign key (tenant_id, inspection_id)
        references fire_safety_inspections (tenant_id, id),
      constraint fire_safety_findings_customer_id_fkey foreign key (tenant_id, customer_id)
        references customers (tenant_id, id),
      constraint fire_safety_findings_notice_id_fkey foreign key (tenant_id, notice_id)
        references notices (tenant_id, id)
    );`);
    this.addSql(
      `create index fire_safety_findings_inspection_idx on fire_safety_findings (tenant_id, inspection_id);`,
    );
    for (const s of tenantTableSql('fire_safety_findings', APP_ROLE)) this.addSql(s);

    this.addSql(`create table archive_completeness_checks (
      id uuid not null,
      tenant_id uuid not null,
      constraint archive_completeness_checks_pkey primary key (tenant_id, id),
      constraint archive_completeness_checks_id_key unique (id),
      property_id uuid not null,
      period text not null,
      checked_at timestamptz not null,
      archives_checked integer not null,
      incomplete integer not null,
      gaps jsonb not null,
      created_at timestamptz not null default now(),
      constraint archive_completeness_checks_period_key unique (tenant_id, property_id, period)
    );`);
    for (const s of tenantTableSql('archive_completeness_checks', APP_ROLE)) this.addSql(s);
  }
}
