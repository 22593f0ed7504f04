import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/**
 * Half-monthly cleaning of vacant units (R-TKT-16): the occupancies tickets learns from customers
 * (a unit none covers is vacant), and the cleaning records with the repairs they raised.
 */
export class Migration20261210020001 extends Migration {
  override async up(): Promise<void> {
    const sql = [
      `create table tkt_occupancies (
        id uuid not null,
        tenant_id uuid not null,
        unit_id uuid not null,
        property_id uuid not null,
        start_date date,
        end_date date,
        created_at timestamptz not null default now(),
        constraint tkt_occupancies_pkey primary key (tenant_id, id)
      );`,
      `create index tkt_occupancies_unit_idx on tkt_occupancies (tenant_id, property_id, unit_id);`,
      ...tenantTableSql('tkt_occupancies', APP_ROLE),
      `create index tkt_units_property_idx on tkt_units (tenant_id, property_id);`,
      `create table vacant_cleanings (
        id uuid not null,
        tenant_id uuid not null,
        property_id uuid not null,
        unit_id uuid not null,
        cleaned_on date not null,
        items_done text[] not null,
        cleaner text,
        note text,
        damages jsonb not null default '[]',
        recorded_by text,
        created_at timestamptz not null default now(),
        constraint vacant_cleanings_pkey primary key (tenant_id, id),
        constraint vacant_cleanings_unit_id_cleaned_on_key unique (tenant_id, unit_id, cleaned_on)
      );`,
      `create index vacant_cleanings_unit_idx on vacant_cleanings (tenant_id, property_id, unit_id, cleaned_on);`,
      ...tenantTableSql('vacant_cleanings', APP_ROLE),
    ];
    for (const s of sql) this.addSql(s);
  }
}
