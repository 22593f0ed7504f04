import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

export class Migration20261127010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table partner_clients (
      id uuid primary key,
      tenant_id uuid not null,
      keycloak_client_id uuid not null,
      client_id text not null,
      name text not null,
      roles text[] not null,
      property_ids text[] not null default '{}',
      created_at timestamptz not null default now(),
      unique (tenant_id, client_id)
    );`);
    for (const s of tenantTableSql('partner_clients', APP_ROLE)) this.addSql(s);
  }
}
