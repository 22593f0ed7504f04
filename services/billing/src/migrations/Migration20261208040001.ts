import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** R-BIL-1: air-conditioning and renovation management prices, and one-off fee charges for the next bill. */
export class Migration20261208040001 extends Migration {
  override async up(): Promise<void> {
    for (const s of [
      `alter table fee_schedules
         add column air_conditioning_fen_per_sqm int not null default 0
           constraint fee_schedules_air_conditioning_fen_per_sqm_check check (air_conditioning_fen_per_sqm >= 0),
         add column renovation_management_fen_per_sqm int not null default 0
           constraint fee_schedules_renovation_management_fen_per_sqm_check check (renovation_management_fen_per_sqm >= 0);`,
      `create table fee_charges (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        unit_id uuid not null,
        kind text not null check (kind in ('RENOVATION_MANAGEMENT')),
        source_id uuid not null,
        quantity numeric(14,3) not null,
        unit_price_fen int not null,
        amount_fen bigint not null check (amount_fen > 0),
        charged_on date not null,
        bill_id uuid constraint fee_charges_bill_id_fkey references bills (id),
        created_at timestamptz not null default now(),
        constraint fee_charges_source_key unique (tenant_id, kind, source_id)
      );`,
      `create index fee_charges_unbilled_idx on fee_charges (tenant_id, unit_id) where bill_id is null;`,
      ...tenantTableSql('fee_charges', APP_ROLE),
    ])
      this.addSql(s);
  }
}
