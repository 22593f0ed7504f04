import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/**
 * R-BIL-11 fee changes (proposed, approved, announced) and R-DOC-3 the date of a round's current
 * dunning notice, which a reissue moves on (the round's schedule stays as generated).
 */
export class Migration20261210030001 extends Migration {
  override async up(): Promise<void> {
    for (const s of [
      `create table fee_changes (
        id uuid not null,
        tenant_id uuid not null,
        property_id uuid not null,
        effective_from date not null,
        management_fen_per_sqm int not null
          constraint fee_changes_management_fen_per_sqm_check check (management_fen_per_sqm >= 0),
        water_fen_per_unit int not null
          constraint fee_changes_water_fen_per_unit_check check (water_fen_per_unit >= 0),
        electricity_fen_per_unit int not null
          constraint fee_changes_electricity_fen_per_unit_check check (electricity_fen_per_unit >= 0),
        gas_fen_per_unit int not null
          constraint fee_changes_gas_fen_per_unit_check check (gas_fen_per_unit >= 0),
        air_conditioning_fen_per_sqm int not null
          constraint fee_changes_air_conditioning_fen_per_sqm_check check (air_conditioning_fen_per_sqm >= 0),
        renovation_management_fen_per_sqm int not null
          constraint fee_changes_renovation_management_fen_per_sqm_check check (renovation_management_fen_per_sqm >= 0),
        reason text,
        status text not null check (status in ('PROPOSED', 'APPROVED', 'NOTIFIED')),
        proposed_by text,
        approved_by text,
        approved_at timestamptz,
        approval_authority text check (approval_authority in ('OWNERS_COMMITTEE', 'PRICE_BUREAU')),
        approval_reference text,
        notice_date date,
        notified_by text,
        created_at timestamptz not null default now(),
        constraint fee_changes_pkey primary key (tenant_id, id)
      );`,
      `create index fee_changes_property_idx on fee_changes (tenant_id, property_id, effective_from);`,
      ...tenantTableSql('fee_changes', APP_ROLE),
      `alter table dunning_rounds add column notice_date date;`,
      `update dunning_rounds set notice_date = scheduled_on;`,
      `alter table dunning_rounds alter column notice_date set not null;`,
    ])
      this.addSql(s);
  }
}
