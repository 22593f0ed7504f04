import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** The front desk's temporary storage log (R-CUS-10). */
export class Migration20261207160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table storage_items (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      customer_id uuid not null references customers (id),
      description text not null,
      quantity int not null,
      stored_at timestamptz not null,
      stored_by text not null,
      returned_at timestamptz,
      collected_by text,
      returned_by text,
      created_at timestamptz not null default now()
    );`);
    this.addSql(
      `create index storage_items_property_open_idx on storage_items (tenant_id, property_id, returned_at);`,
    );
    for (const s of tenantTableSql('storage_items', APP_ROLE)) this.addSql(s);
  }
}
