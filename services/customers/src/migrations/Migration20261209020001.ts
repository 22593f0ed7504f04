import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/**
 * R-CUS-7: the old owner's return checklist, archive decision and the buyer's move-in on the
 * transfer. R-CUS-8: household member changes and access cards (门禁卡). New tables are keyed by
 * tenant first, as the distribution keys migration left every other table.
 */
export class Migration20261209020001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table move_out_requests
      add column returns jsonb not null default '[]',
      add column archive_decision text,
      add column archive_disposition_id uuid,
      add column completed_at timestamptz,
      add column new_owner_occupancy_id uuid;`);
    this.addSql(`create table household_members (
      id uuid not null,
      tenant_id uuid not null,
      property_id uuid not null,
      occupancy_id uuid not null,
      name text not null,
      relation text not null,
      phone_enc text,
      since date not null,
      until date,
      recorded_by text not null,
      removed_by text,
      created_at timestamptz not null default now(),
      constraint household_members_pkey primary key (tenant_id, id),
      constraint household_members_id_key unique (id),
      constraint household_members_occupancy_id_fkey foreign key (tenant_id, occupancy_id)
        references occupancies (tenant_id, id) on update no action on delete no action
    );`);
    for (const s of tenantTableSql('household_members', APP_ROLE)) this.addSql(s);
    this.addSql(
      `create index household_members_occupancy_idx on household_members (tenant_id, occupancy_id);`,
    );
    this.addSql(`create table access_cards (
      id uuid not null,
      tenant_id uuid not null,
      property_id uuid not null,
      occupancy_id uuid not null,
      customer_id uuid not null,
      card_number text not null,
      issued_on date not null,
      returned_on date,
      issued_by text not null,
      returned_by text,
      created_at timestamptz not null default now(),
      constraint access_cards_pkey primary key (tenant_id, id),
      constraint access_cards_id_key unique (id),
      constraint access_cards_occupancy_id_fkey foreign key (tenant_id, occupancy_id)
        references occupancies (tenant_id, id) on update no action on delete no action,
      constraint access_cards_customer_id_fkey foreign key (tenant_id, customer_id)
        references customers (tenant_id, id) on update no action on delete no action
    );`);
    for (const s of tenantTableSql('access_cards', APP_ROLE)) this.addSql(s);
    this.addSql(`create index access_cards_occupancy_idx on access_cards (tenant_id, occupancy_id);`);
    this.addSql(`create index access_cards_customer_idx on access_cards (tenant_id, customer_id);`);
    this.addSql(
      `create unique index access_cards_active_number_uq on access_cards (tenant_id, property_id, card_number) where returned_on is null;`,
    );
  }
}
