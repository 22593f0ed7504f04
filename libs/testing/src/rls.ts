import { Client } from 'pg';

/**
 * The tables of a database that carry tenant_id, and those among them not under forced RLS with
 * a `tenant_isolation` policy on app_current_tenant() for both reads and writes. Every service
 * tests this of its own database, so a new table without RLS fails the build.
 */
export async function tenantTableProtection(
  admin: Client,
): Promise<{ tables: string[]; unprotected: string[] }> {
  const { rows } = await admin.query<{
    table: string;
    rls: boolean;
    force: boolean;
    qual: string | null;
    wc: string | null;
  }>(
    `select c.relname as "table", c.relrowsecurity as rls, c.relforcerowsecurity as force, p.qual, p.with_check as wc
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
       join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
       left join pg_policies p on p.tablename = c.relname and p.policyname = 'tenant_isolation'
      where a.attname = 'tenant_id' and not a.attisdropped and c.relkind in ('r', 'p')
      order by 1`,
  );
  const onTenant = (expr: string | null) => /app_current_tenant\(\)/.test(expr ?? '');
  return {
    tables: rows.map((r) => r.table),
    unprotected: rows
      .filter((r) => !r.rls || !r.force || !onTenant(r.qual) || !onTenant(r.wc))
      .map((r) => r.table),
  };
}
