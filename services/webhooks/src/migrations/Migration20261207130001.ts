import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, RELAY_ROLE, RLS_FUNCTION_SQL, tenantTableSql } from '@pm/db';
import { eventsTablesSql } from '@pm/events';
import { policyProjectionSql } from '@pm/policy';

export class Migration20261207130001 extends Migration {
  override async up(): Promise<void> {
    const sql = [
      RLS_FUNCTION_SQL,
      `create table webhooks (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        name text not null,
        created_at timestamptz not null default now()
      );`,
      `create index webhooks_property_idx on webhooks (tenant_id, property_id);`,
      ...tenantTableSql('webhooks', APP_ROLE),
      ...policyProjectionSql(APP_ROLE),
      ...eventsTablesSql(APP_ROLE, RELAY_ROLE),
    ];
    for (const s of sql) this.addSql(s);
  }
}
