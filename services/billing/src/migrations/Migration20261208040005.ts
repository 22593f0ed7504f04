import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** R-CUS-8: sublet agreements as billing knows them, so a bill goes to the agreed fee payer. */
export class Migration20261208040005 extends Migration {
  override async up(): Promise<void> {
    for (const s of [
      `create table fee_agreements (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        unit_id uuid not null,
        owner_id uuid not null,
        lessee_id uuid not null,
        start_date date not null,
        end_date date,
        payer text not null check (payer in ('OWNER', 'LESSEE')),
        created_at timestamptz not null default now()
      );`,
      `create index fee_agreements_unit_idx on fee_agreements (tenant_id, unit_id, start_date);`,
      ...tenantTableSql('fee_agreements', APP_ROLE),
    ])
      this.addSql(s);
  }
}
