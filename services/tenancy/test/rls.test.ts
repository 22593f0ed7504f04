import { testDatabaseUrl } from '@pm/testing';
import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { CrossTenantWriteError, Database } from '@pm/db';
import { MissingTenantContextError, runWithTenant, systemContext } from '@pm/tenant-context';
import { entities } from '../src/mikro-orm.config';
import { Property, PropertyKind } from '../src/property/property.entity';

/**
 * Rule: "with the application role and the ORM filter switched off, a query still returns
 * no row of another tenant". Everything here runs against the real pm_tenancy database:
 * rows are written through Database.tx for two fresh tenants, then read back as pm_app
 * with raw SQL and with the ORM filter disabled.
 */
const APP_URL = testDatabaseUrl('tenancy', 'app');
const ADMIN_URL = testDatabaseUrl('tenancy');
const RLS_VIOLATION = /new row violates row-level security policy/;

const A = randomUUID();
const B = randomUUID();
const ids: Record<string, string[]> = { [A]: [], [B]: [] };

// Hooks and slow tests carry their own timeouts: the integration project's testTimeout in
// jest.config.js is ignored by Jest (only the global one counts), leaving the 5 s default.
let db: Database;
let admin: Client;
/** Connections opened by a test; closed in afterEach even when the test fails. */
const opened: Client[] = [];

async function appClient(): Promise<Client> {
  const c = new Client({ connectionString: APP_URL });
  await c.connect();
  opened.push(c);
  return c;
}

/** A pm_app connection in an open transaction with `app.tenant_id` set locally, like Database.tx. */
async function appTx(tenantId: string): Promise<Client> {
  const c = await appClient();
  await c.query('begin');
  await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
  return c;
}

const sorted = (xs: string[]) => [...xs].sort();
const asTenant = <T>(tenantId: string, fn: () => Promise<T>) => runWithTenant(systemContext(tenantId), fn);

async function adminCount(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await admin.query<{ n: string }>(sql, params);
  return Number(rows[0].n);
}

describe('Database: row-level security on pm_tenancy (RLS proven with the application role)', () => {
  beforeAll(async () => {
    db = await Database.connect({ clientUrl: APP_URL, entities });
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    for (const [tenant, names] of [
      [A, ['A Garden', 'A Tower']],
      [B, ['B Plaza', 'B Court']],
    ] as const) {
      await asTenant(tenant, () =>
        db.tx(async (em) => {
          for (const name of names) {
            const p = em.create(Property, {
              name,
              kind: PropertyKind.RESIDENTIAL,
              timeZone: 'Asia/Shanghai',
            });
            ids[tenant].push(p.id);
          }
          await em.flush();
        }),
      );
    }
  }, 15_000);

  afterEach(async () => {
    for (const c of opened.splice(0)) await c.end().catch(() => undefined);
  });

  afterAll(async () => {
    await admin?.query('delete from properties where tenant_id = any($1::uuid[])', [[A, B]]);
    await admin?.end();
    await db?.close();
  }, 15_000);

  it('the fixtures are real rows: each tenant owns exactly its two properties (read as superuser)', async () => {
    const { rows } = await admin.query<{ id: string; tenant_id: string }>(
      'select id, tenant_id from properties where tenant_id = any($1::uuid[])',
      [[A, B]],
    );
    expect(sorted(rows.filter((r) => r.tenant_id === A).map((r) => r.id))).toEqual(sorted(ids[A]));
    expect(sorted(rows.filter((r) => r.tenant_id === B).map((r) => r.id))).toEqual(sorted(ids[B]));
    expect(ids[A]).toHaveLength(2);
    expect(ids[B]).toHaveLength(2);
  });

  describe('raw SQL as pm_app (no ORM at all)', () => {
    it("(a) with app.tenant_id = A, `select * from properties` (no WHERE) returns only A's rows", async () => {
      const c = await appTx(A);
      const { rows } = await c.query<{ id: string; tenant_id: string }>('select * from properties');
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.tenant_id))).toEqual(new Set([A]));
      expect(sorted(rows.map((r) => r.id))).toEqual(sorted(ids[A]));
      // Asking for B's rows by tenant or by primary key finds nothing either.
      expect((await c.query('select * from properties where tenant_id = $1', [B])).rowCount).toBe(0);
      expect((await c.query('select * from properties where id = any($1::uuid[])', [ids[B]])).rowCount).toBe(
        0,
      );
      await c.query('rollback');
    });

    it('(b) with no tenant setting, pm_app sees zero rows — on a fresh connection and after a committed tenant transaction', async () => {
      const fresh = await appClient();
      expect((await fresh.query('select * from properties')).rowCount).toBe(0);
      expect(
        (await fresh.query('select * from properties where id = any($1::uuid[])', [[...ids[A], ...ids[B]]]))
          .rowCount,
      ).toBe(0);

      // SET LOCAL must not leak to the next user of a pooled connection.
      const reused = await appTx(A);
      expect((await reused.query('select * from properties')).rowCount).toBe(ids[A].length);
      await reused.query('commit');
      expect((await reused.query('select * from properties')).rowCount).toBe(0);
    });

    it('(c) inserting a row with tenant_id B while app.tenant_id = A fails: "new row violates row-level security policy"', async () => {
      const c = await appTx(A);
      const err = await c
        .query(
          `insert into properties (id, tenant_id, name, kind, time_zone) values ($1, $2, 'Smuggled', 'OFFICE', 'Asia/Shanghai')`,
          [randomUUID(), B],
        )
        .then(
          () => undefined,
          (e: Error & { code?: string }) => e,
        );
      expect(err).toBeDefined();
      expect(err!.message).toMatch(RLS_VIOLATION);
      expect(err!.code).toBe('42501');
      await c.query('rollback');
      expect(await adminCount('select count(*) as n from properties where tenant_id = $1', [B])).toBe(
        ids[B].length,
      );
    });

    it("(c') moving one of A's rows to tenant B (update of tenant_id) violates the WITH CHECK policy", async () => {
      const c = await appTx(A);
      await expect(
        c.query('update properties set tenant_id = $1 where id = $2', [B, ids[A][0]]),
      ).rejects.toThrow(RLS_VIOLATION);
      await c.query('rollback');
    });

    it("(d) updating or deleting B's rows while app.tenant_id = A affects 0 rows, and B's rows are unchanged", async () => {
      const c = await appTx(A);
      expect(
        (await c.query(`update properties set name = 'Hijacked' where id = any($1::uuid[])`, [ids[B]]))
          .rowCount,
      ).toBe(0);
      expect((await c.query('delete from properties where tenant_id = $1', [B])).rowCount).toBe(0);
      // Unqualified statements reach exactly A's rows and nothing else.
      expect((await c.query(`update properties set name = name || ''`)).rowCount).toBe(ids[A].length);
      expect((await c.query('delete from properties')).rowCount).toBe(ids[A].length);
      await c.query('rollback');

      const { rows } = await admin.query<{ name: string }>(
        'select name from properties where id = any($1::uuid[]) order by name',
        [ids[B]],
      );
      expect(rows.map((r) => r.name)).toEqual(['B Court', 'B Plaza']);
      expect(
        await adminCount('select count(*) as n from properties where id = any($1::uuid[])', [ids[A]]),
      ).toBe(ids[A].length);
    });
  });

  describe('MikroORM through Database.tx', () => {
    it("(e) inside db.tx for A, em.find(Property, {}, { filters: false }) and em.execute('select * from properties') return only A's rows", async () => {
      const { found, raw } = await asTenant(A, () =>
        db.tx(async (em) => ({
          found: await em.find(Property, {}, { filters: false }),
          raw: await em.execute<{ id: string; tenant_id: string }[]>('select * from properties'),
        })),
      );
      expect(sorted(found.map((p) => p.id))).toEqual(sorted(ids[A]));
      expect(found.every((p) => p.tenantId === A)).toBe(true);
      expect(sorted(raw.map((r) => r.id))).toEqual(sorted(ids[A]));
      expect(raw.every((r) => r.tenant_id === A)).toBe(true);
    });

    it('(e) control: the same ORM query with filters: false really is unfiltered — a BYPASSRLS connection sees B too', async () => {
      // Proves that what restricted (e) was the database, not a filter that stayed on.
      const superDb = await Database.connect({ clientUrl: ADMIN_URL, entities, poolMax: 1 });
      try {
        const found = await asTenant(A, () =>
          superDb.tx((em) => em.find(Property, { tenantId: { $in: [A, B] } }, { filters: false })),
        );
        expect(sorted(found.map((p) => p.id))).toEqual(sorted([...ids[A], ...ids[B]]));
        const filtered = await asTenant(A, () =>
          superDb.tx((em) => em.find(Property, { tenantId: { $in: [A, B] } })),
        );
        expect(sorted(filtered.map((p) => p.id))).toEqual(sorted(ids[A]));
      } finally {
        await superDb.close();
      }
    }, 15_000);

    it("(e) B's row cannot be loaded by primary key from A's transaction, even with the filter off", async () => {
      const other = await asTenant(A, () =>
        db.tx((em) => em.findOne(Property, { id: ids[B][0] }, { filters: false })),
      );
      expect(other).toBeNull();
      const own = await asTenant(B, () =>
        db.tx((em) => em.findOne(Property, { id: ids[B][0] }, { filters: false })),
      );
      expect(own?.tenantId).toBe(B);
    });

    it('(f) a query on a tenant-owned entity outside any tenant context throws MissingTenantContextError', async () => {
      await expect(db.orm.em.fork().find(Property, {})).rejects.toBeInstanceOf(MissingTenantContextError);
      await expect(db.platformTx((em) => em.find(Property, {}))).rejects.toBeInstanceOf(
        MissingTenantContextError,
      );
      await expect(db.tx((em) => em.find(Property, {}))).rejects.toBeInstanceOf(MissingTenantContextError);
    });

    it('(f) and if someone switches the filter off outside a tenant context, RLS still returns nothing', async () => {
      const rows = await db.platformTx((em) => em.find(Property, {}, { filters: false }));
      expect(rows).toEqual([]);
    });

    it("(g) TenantStamp: creating an entity with another tenant's tenantId set explicitly throws CrossTenantWriteError", async () => {
      const smuggled = randomUUID();
      const attempt = asTenant(A, () =>
        db.tx(async (em) => {
          em.create(Property, {
            id: smuggled,
            tenantId: B,
            name: 'Smuggled',
            kind: PropertyKind.OFFICE,
            timeZone: 'Asia/Shanghai',
          });
          await em.flush();
        }),
      );
      await expect(attempt).rejects.toBeInstanceOf(CrossTenantWriteError);
      expect(await adminCount('select count(*) as n from properties where id = $1', [smuggled])).toBe(0);
      expect(await adminCount('select count(*) as n from properties where tenant_id = $1', [B])).toBe(
        ids[B].length,
      );
    });

    it('(g) TenantStamp: re-assigning a loaded row to another tenant throws CrossTenantWriteError and changes nothing', async () => {
      const attempt = asTenant(A, () =>
        db.tx(async (em) => {
          const p = await em.findOneOrFail(Property, { id: ids[A][0] });
          p.tenantId = B;
          await em.flush();
        }),
      );
      await expect(attempt).rejects.toBeInstanceOf(CrossTenantWriteError);
      expect(
        await adminCount('select count(*) as n from properties where id = $1 and tenant_id = $2', [
          ids[A][0],
          A,
        ]),
      ).toBe(1);
    });
  });

  describe('catalog', () => {
    it('(h) pm_app is not superuser and has no BYPASSRLS (nor has pm_relay)', async () => {
      const { rows } = await admin.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
        `select rolname, rolsuper, rolbypassrls from pg_roles where rolname in ('pm_app', 'pm_relay') order by rolname`,
      );
      expect(rows).toEqual([
        { rolname: 'pm_app', rolsuper: false, rolbypassrls: false },
        { rolname: 'pm_relay', rolsuper: false, rolbypassrls: false },
      ]);
      // And the connection the tests used is really that role.
      const c = await appClient();
      const { rows: who } = await c.query<{ current_user: string }>('select current_user');
      expect(who[0].current_user).toBe('pm_app');
    });

    it('(i) every table with a tenant_id column has relrowsecurity and relforcerowsecurity', async () => {
      const { rows } = await admin.query<{
        table: string;
        relrowsecurity: boolean;
        relforcerowsecurity: boolean;
      }>(
        `select format('%I.%I', n.nspname, c.relname) as "table", c.relrowsecurity, c.relforcerowsecurity
           from pg_attribute a
           join pg_class c on c.oid = a.attrelid
           join pg_namespace n on n.oid = c.relnamespace
          where a.attname = 'tenant_id' and not a.attisdropped and a.attnum > 0
            and c.relkind in ('r', 'p')
            and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
          order by 1`,
      );
      const tables = rows.map((r) => r.table);
      // The known tenant-owned tables are among them (guards against a query that finds nothing).
      expect(tables).toEqual(
        expect.arrayContaining([
          'public.inbox',
          'public.outbox',
          'public.policy_values',
          'public.properties',
          'public.staff',
          'public.units',
        ]),
      );
      const unprotected = rows.filter((r) => !r.relrowsecurity || !r.relforcerowsecurity).map((r) => r.table);
      expect(unprotected).toEqual([]);
    });

    it('(i) every such table has a tenant_isolation policy on app_current_tenant(), and no policy open to pm_app/PUBLIC is wider', async () => {
      const { rows } = await admin.query<{
        table: string;
        policyname: string | null;
        roles: string[] | null;
        qual: string | null;
        with_check: string | null;
      }>(
        `select format('%I.%I', c.table_schema, c.table_name) as "table", p.policyname, p.roles::text[] as roles, p.qual, p.with_check
           from information_schema.columns c
           join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
           left join pg_policies p on p.schemaname = c.table_schema and p.tablename = c.table_name
          where c.column_name = 'tenant_id' and c.table_schema not in ('pg_catalog', 'information_schema')
          order by 1, 2`,
      );
      const tables = [...new Set(rows.map((r) => r.table))];
      expect(tables.length).toBeGreaterThanOrEqual(6);
      const withoutIsolation = tables.filter(
        (t) =>
          !rows.some(
            (r) =>
              r.table === t &&
              r.policyname === 'tenant_isolation' &&
              /app_current_tenant\(\)/.test(r.qual ?? '') &&
              /app_current_tenant\(\)/.test(r.with_check ?? ''),
          ),
      );
      expect(withoutIsolation).toEqual([]);
      // Permissive policies are OR-ed: one `using (true)` for PUBLIC or pm_app would undo the isolation.
      const wider = rows
        .filter((r) => r.policyname && (r.roles ?? []).some((role) => role === 'public' || role === 'pm_app'))
        .filter((r) => !/app_current_tenant\(\)/.test(r.qual ?? ''))
        .map((r) => `${r.table}:${r.policyname}`);
      expect(wider).toEqual([]);
    });
  });
});
