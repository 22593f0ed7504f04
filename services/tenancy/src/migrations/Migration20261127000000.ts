import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, RELAY_ROLE, RLS_FUNCTION_SQL, platformTableSql, tenantTableSql } from '@pm/db';
import { eventsTablesSql } from '@pm/events';

export class Migration20261127000000 extends Migration {
  override async up(): Promise<void> {
    const sql = [
      RLS_FUNCTION_SQL,
      `create table tenants (
        id uuid primary key,
        slug text not null unique,
        name text not null,
        realm text not null unique,
        cell text not null,
        admin_email text not null,
        created_at timestamptz not null default now()
      );`,
      `create index tenants_cell_idx on tenants (cell);`,
      ...platformTableSql('tenants', APP_ROLE),
      `create table properties (
        id uuid primary key,
        tenant_id uuid not null,
        name text not null,
        kind text not null check (kind in ('RESIDENTIAL','OFFICE','MALL','MIXED')),
        address text,
        time_zone text not null,
        created_at timestamptz not null default now()
      );`,
      ...tenantTableSql('properties', APP_ROLE),
      `create table units (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null references properties (id),
        building text not null,
        number text not null,
        area_sqm double precision not null check (area_sqm > 0),
        kind text not null,
        created_at timestamptz not null default now(),
        unique (tenant_id, property_id, building, number)
      );`,
      ...tenantTableSql('units', APP_ROLE),
      `create table staff (
        id uuid primary key,
        tenant_id uuid not null,
        keycloak_user_id uuid not null,
        email text not null,
        name text not null,
        roles text[] not null,
        property_ids text[] not null default '{}',
        created_at timestamptz not null default now(),
        unique (tenant_id, email)
      );`,
      ...tenantTableSql('staff', APP_ROLE),
      `create table policy_values (
        id uuid primary key,
        tenant_id uuid not null,
        key text not null,
        property_id uuid references properties (id),
        value jsonb not null,
        effective_from date not null,
        set_by text,
        created_at timestamptz not null default now()
      );`,
      `create index policy_values_lookup_idx on policy_values (tenant_id, key, effective_from desc);`,
      ...tenantTableSql('policy_values', APP_ROLE),
      ...eventsTablesSql(APP_ROLE, RELAY_ROLE),
    ];
    for (const s of sql) this.addSql(s);
  }
}
