import { Migration } from '@mikro-orm/migrations';

/**
 * The uuid-keyed tables that had no creation time get one, so every entity of billing with a
 * uuid id extends TenantEntity (id, tenant, created_at). `now()` is stable, so PostgreSQL adds
 * the column without rewriting the table; existing rows get the migration's time.
 */
export class Migration20261202100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table property_projection add column created_at timestamptz not null default now();');
    this.addSql('alter table units_projection add column created_at timestamptz not null default now();');
    this.addSql('alter table occupancy_projection add column created_at timestamptz not null default now();');
    this.addSql('alter table billing_runs add column created_at timestamptz not null default now();');
  }
}
