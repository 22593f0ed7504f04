import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions, DbOptions } from '@pm/db';

/**
 * The DDL MikroORM would run to make the migrated database match the entities; empty when
 * entities and migrations agree. Tables no entity maps (outbox, inbox, migrations) are left
 * alone; a missing or extra column, index or foreign key on a mapped table shows up.
 *
 * The distribution keys (libs/db distribution.ts) are the one intended difference: the database
 * leads primary and foreign keys with tenant_id, the entities key rows by `id` alone (kept unique).
 * MikroORM's statements that would undo exactly that are left out; any other change to those
 * constraints (another column, another target table) still shows up.
 */
export async function entitySchemaDrift(clientUrl: string, entities: DbOptions['entities']): Promise<string> {
  const orm = await MikroORM.init(ormOptions({ clientUrl, entities }));
  try {
    const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, dropTables: false });
    const layout = await distributionLayout(orm);
    return withoutDistributionKeys(sql, layout).trim();
  } finally {
    await orm.close(true);
  }
}

/** Constraint name → the entity-side form it has without tenant_id (`primary key ("id")`, …). */
type Layout = Map<string, { table: string; entityForm: string | undefined }>;

async function distributionLayout(orm: MikroORM): Promise<Layout> {
  const rows: {
    table: string;
    name: string;
    type: string;
    cols: string[];
    ref: string | null;
    refcols: string[] | null;
  }[] = await orm.em.getConnection().execute(`
      select c.conrelid::regclass::text as table, c.conname as name, c.contype as type,
        array(select a.attname::text from unnest(c.conkey) with ordinality k(n, o)
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o) as cols,
        c.confrelid::regclass::text as ref,
        array(select a.attname::text from unnest(c.confkey) with ordinality k(n, o)
                join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o) as refcols
      from pg_constraint c
      where c.connamespace = 'public'::regnamespace and c.contype in ('p', 'f', 'u')`);
  const q = (cols: string[]) => cols.map((c) => `"${c}"`).join(', ');
  const layout: Layout = new Map();
  for (const r of rows) {
    if (r.cols[0] !== 'tenant_id' || r.type === 'u') continue;
    const rest = r.cols.slice(1);
    if (r.type === 'p') {
      layout.set(r.name, { table: r.table, entityForm: `primary key (${q(rest)})` });
      // The old key, kept unique beside it: the entities' primary key, so MikroORM would drop it.
      const kept = rows.find((u) => u.type === 'u' && u.table === r.table && q(u.cols) === q(rest));
      if (kept) layout.set(kept.name, { table: r.table, entityForm: undefined });
    } else if (r.refcols?.[0] === 'tenant_id') {
      layout.set(r.name, {
        table: r.table,
        entityForm: `foreign key (${q(rest)}) references "${r.ref}" (${q(r.refcols.slice(1))})`,
      });
    }
  }
  return layout;
}

function withoutDistributionKeys(sql: string, layout: Layout): string {
  return sql
    .split('\n')
    .filter((line) => {
      const m = /^alter table "([^"]+)" (drop|add) constraint "([^"]+)"(.*);$/.exec(line.trim());
      const known = m && layout.get(m[3]);
      if (!m || !known || known.table !== m[1]) return true;
      if (m[2] === 'drop') return false;
      return !(known.entityForm && m[4].trim().startsWith(known.entityForm));
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}
