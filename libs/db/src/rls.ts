/**
 * Row-level security, written by migrations. The policy reads `app.tenant_id`, which
 * `Database.tx` sets with SET LOCAL in every transaction; with no setting, no row matches.
 * The function is STABLE so PostgreSQL can still use the tenant_id index.
 */
export const RLS_FUNCTION_SQL = `create or replace function app_current_tenant() returns uuid
  language sql stable as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;`;

export function tenantTableSql(table: string, appRole: string): string[] {
  return [
    `alter table "${table}" enable row level security;`,
    `alter table "${table}" force row level security;`,
    `create policy tenant_isolation on "${table}" using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());`,
    `create index if not exists "${table}_tenant_id_idx" on "${table}" (tenant_id);`,
    `grant select, insert, update, delete on "${table}" to "${appRole}";`,
  ];
}

export function platformTableSql(table: string, appRole: string): string[] {
  return [`grant select, insert, update, delete on "${table}" to "${appRole}";`];
}

/** Roles of every service database: the services connect as APP_ROLE, the outbox relay as RELAY_ROLE. */
export const APP_ROLE = 'pm_app';
export const RELAY_ROLE = 'pm_relay';
