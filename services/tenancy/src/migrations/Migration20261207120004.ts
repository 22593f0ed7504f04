import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** Registered operations of partner apps, and the persisted-only mark (gateway: run by id only). */
export class Migration20261207120004 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table partner_clients add column persisted_only boolean not null default false;`);
    this.addSql(`create table partner_operations (
      id uuid primary key,
      tenant_id uuid not null,
      client_id text not null,
      operation_id text not null,
      document text not null,
      created_at timestamptz not null default now(),
      constraint partner_operations_tenant_client_operation_key unique (tenant_id, client_id, operation_id)
    );`);
    for (const s of tenantTableSql('partner_operations', APP_ROLE)) this.addSql(s);
  }
}
