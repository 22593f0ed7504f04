import { Client } from 'pg';
import { SERVICES } from '@pm/contracts';
import { testDatabaseUrl } from '@pm/testing';

/**
 * Ready for PostgreSQL distribution by tenant (deploy/README-deploy.md, "PostgreSQL
 * distribution"): in every service database, after its migrations, each tenant-owned table's
 * primary key starts with tenant_id and each foreign key between tenant-owned tables carries
 * tenant_id on both sides, so that Citus can colocate a tenant's rows by tenant_id. Tables
 * without tenant_id must be named here with the reason they are not distributed.
 */
const REFERENCE_TABLES: Record<string, string> = {
  mikro_orm_migrations:
    'migration bookkeeping of the service: local to the coordinator, never read per tenant',
  'tenancy.tenants':
    'the tenant directory (slug, realm, cell) read by every service to resolve any tenant: a Citus reference table, copied to every node',
};

interface Key {
  table: string;
  name: string;
  cols: string[];
  ref: string | null;
  refcols: string[];
}

async function catalog(service: string) {
  const db = new Client({ connectionString: testDatabaseUrl(service) });
  await db.connect();
  try {
    const tables = (
      await db.query<{ table: string; tenant: boolean }>(`
        select c.relname as table,
          exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as tenant
        from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')`)
    ).rows;
    const keys = (type: 'p' | 'f') =>
      db
        .query<Key>(
          `select c.conrelid::regclass::text as table, c.conname as name,
             array(select a.attname::text from unnest(c.conkey) with ordinality k(n, o)
                     join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o) as cols,
             c.confrelid::regclass::text as ref,
             array(select a.attname::text from unnest(c.confkey) with ordinality k(n, o)
                     join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o) as refcols
           from pg_constraint c where c.connamespace = 'public'::regnamespace and c.contype = $1`,
          [type],
        )
        .then((r) => r.rows);
    return { tables, primary: await keys('p'), foreign: await keys('f') };
  } finally {
    await db.end();
  }
}

describe('PostgreSQL distribution readiness: tenant_id leads every key', () => {
  it.each(SERVICES.map((s) => s.name))('%s', async (service) => {
    const { tables, primary, foreign } = await catalog(service);
    const tenantTables = new Set(tables.filter((t) => t.tenant).map((t) => t.table));
    const problems: string[] = [];
    for (const t of tables.filter((x) => !x.tenant))
      if (!REFERENCE_TABLES[t.table] && !REFERENCE_TABLES[`${service}.${t.table}`])
        problems.push(`${t.table}: no tenant_id and not listed as a reference table`);
    for (const t of tenantTables) {
      const pk = primary.find((k) => k.table === t);
      if (!pk) problems.push(`${t}: no primary key`);
      else if (pk.cols[0] !== 'tenant_id')
        problems.push(`${t}: primary key (${pk.cols.join(', ')}) not led by tenant_id`);
    }
    for (const fk of foreign) {
      if (!tenantTables.has(fk.table)) continue;
      // A tenant row may point at a reference table (copied to every node) without tenant_id.
      if (!tenantTables.has(fk.ref ?? '')) continue;
      if (fk.cols[0] !== 'tenant_id' || fk.refcols[0] !== 'tenant_id')
        problems.push(
          `${fk.table}.${fk.name}: (${fk.cols.join(', ')}) → ${fk.ref} (${fk.refcols.join(', ')}) without tenant_id`,
        );
    }
    expect(problems).toEqual([]);
    // The check reads a real, migrated schema: the service's tenant tables are there.
    expect(tenantTables.size).toBeGreaterThan(2);
  });

  it('names only reference tables that exist and have no tenant_id', async () => {
    const found = new Set<string>();
    for (const s of SERVICES) {
      const { tables } = await catalog(s.name);
      for (const t of tables.filter((x) => !x.tenant)) found.add(t.table).add(`${s.name}.${t.table}`);
    }
    expect(Object.keys(REFERENCE_TABLES).filter((t) => !found.has(t))).toEqual([]);
  });
});
