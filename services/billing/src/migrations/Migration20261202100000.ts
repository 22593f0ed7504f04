import { Migration } from '@mikro-orm/migrations';

/**
 * The uuid-keyed tables that had no creation time get one, so every entity of billing with a
 * uuid id extends TenantEntity (id, tenant, created_at). `now()` is stable, so PostgreSQL adds
 * the column without rewriting the table; existing rows get the migration's time.
 */
export class Migration20261202100000 extends Migration {
  override async up(): Promise<void> {
    for (const table of ['property_projection', 'units_projection', 'occupancy_projection', 'billing_runs'])
      this.addSql(`alter table "${table}" add column created_at timestamptz not null default now();`);
  }
}
