import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/**
 * R-CUS-15 shop inspections (巡场): shops under the cycle, their inspections with rectification
 * deadlines, F&B contracts on file and duct cleanings. Keys led by tenant_id as elsewhere.
 */
export class Migration20261210010001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table shops (
      id uuid not null,
      tenant_id uuid not null,
      constraint shops_pkey primary key (tenant_id, id),
      constraint shops_id_key unique (id),
      property_id uuid not null,
      unit_id uuid not null,
      customer_id uuid not null,
      food_and_beverage boolean not null,
      registered_on date not null,
      created_at timestamptz not null default now(),
      constraint shops_unit_customer_key unique (tenant_id, unit_id, customer_id),
      constraint shops_customer_id_fkey foreign key (tenant_id, customer_id)
        references customers (tenant_id, id)
    );`);
    this.addSql(`create index shops_property_idx on shops (tenant_id, property_id);`);
    for (const s of tenantTableSql('shops', APP_ROLE)) this.addSql(s);

    this.addSql(`create table shop_inspections (
      id uuid not null,
      tenant_id uuid not null,
      constraint shop_inspections_pkey primary key (tenant_id, id),
      constraint shop_inspections_id_key unique (id),
      shop_id uuid not null,
      property_id uuid not null,
      inspected_on date not null,
      passed boolean not null,
      findings text,
      rectification_deadline date,
      rectified_on date,
      inspected_by text,
      created_at timestamptz not null default now(),
      constraint shop_inspections_shop_id_fkey foreign key (tenant_id, shop_id)
        references shops (tenant_id, id)
    );`);
    this.addSql(
      `create index shop_inspections_shop_idx on shop_inspections (tenant_id, shop_id, inspected_on);`,
    );
    for (const s of tenantTableSql('shop_inspections', APP_ROLE)) this.addSql(s);

    this.addSql(`create table shop_contracts (
      id uuid not null,
      tenant_id uuid not null,
      constraint shop_contracts_pkey primary key (tenant_id, id),
      constraint shop_contracts_id_key unique (id),
      shop_id uuid not null,
      property_id uuid not null,
      kind text not null,
      contractor text not null,
      valid_from date not null,
      valid_to date not null,
      created_at timestamptz not null default now(),
      constraint shop_contracts_shop_id_fkey foreign key (tenant_id, shop_id)
        references shops (tenant_id, id)
    );`);
    this.addSql(`create index shop_contracts_shop_idx on shop_contracts (tenant_id, shop_id);`);
    for (const s of tenantTableSql('shop_contracts', APP_ROLE)) this.addSql(s);

    this.addSql(`create table duct_cleanings (
      id uuid not null,
      tenant_id uuid not null,
      constraint duct_cleanings_pkey primary key (tenant_id, id),
      constraint duct_cleanings_id_key unique (id),
      shop_id uuid not null,
      property_id uuid not null,
      cleaned_on date not null,
      contractor text,
      created_at timestamptz not null default now(),
      constraint duct_cleanings_shop_id_fkey foreign key (tenant_id, shop_id)
        references shops (tenant_id, id)
    );`);
    this.addSql(`create index duct_cleanings_shop_idx on duct_cleanings (tenant_id, shop_id, cleaned_on);`);
    for (const s of tenantTableSql('duct_cleanings', APP_ROLE)) this.addSql(s);
  }
}
