import { Database } from './database';

const FIRST_UUID = '00000000-0000-0000-0000-000000000000';
const functionOf = (table: string) => `${table}_tenants`;

/**
 * `<table>_tenants(from)`: the companies that have rows in `table`, from `from` on, in id order.
 * The application role sees one company at a time (RLS); a walk over every company (the owner's
 * snapshot for a new consumer) needs their ids, and only the ids leave this definer function.
 * A loose index scan over `<table>_tenant_id_idx`: one index probe per company, not a scan of rows.
 */
export function tenantsWithRowsSql(table: string, appRole: string): string[] {
  const fn = functionOf(table);
  return [
    `create or replace function ${fn}(p_from uuid)
      returns setof uuid language sql stable security definer set search_path = public as $$
        with recursive t(tenant_id) as (
          (select tenant_id from "${table}" where tenant_id >= coalesce(p_from, '${FIRST_UUID}')
            order by tenant_id limit 1)
          union all
          select (select r.tenant_id from "${table}" r where r.tenant_id > t.tenant_id
                   order by r.tenant_id limit 1)
            from t where t.tenant_id is not null
        )
        select tenant_id from t where tenant_id is not null $$;`,
    `revoke all on function ${fn}(uuid) from public;`,
    `grant execute on function ${fn}(uuid) to "${appRole}";`,
  ];
}

/** The companies with rows in `table` (created by `tenantsWithRowsSql`), from `from` on. */
export async function tenantsWithRows(db: Database, table: string, from?: string): Promise<string[]> {
  const rows = await db.platformTx((em) =>
    em.execute<{ tenant_id: string }[]>(`select t.tenant_id from ${functionOf(table)}(?) as t(tenant_id)`, [
      from ?? null,
    ]),
  );
  return rows.map((r) => r.tenant_id);
}
