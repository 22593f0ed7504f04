import { JsonType, ReferenceKind } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';
import { TenantOwned, stampTenant } from './tenant-entity';

/** Rows per INSERT statement (one JSON parameter each). */
export const INSERT_BATCH = 1000;

/** The prototype rows of newEntities are built on. */
function Row() {}

/**
 * New rows with the class's own defaults (id, createdAt, …), for insertNew: imports of
 * thousands of rows, where the unit of work's bookkeeping per entity (identity map, snapshots,
 * change sets) costs more than writing them. The constructor runs on a plain prototype, not the
 * entity's: MikroORM puts accessors there that set up per-instance state on first assignment,
 * which was a tenth of a 10,000-row import's CPU. So the rows are plain data, not entities (no
 * `instanceof`, no `wrap`); read their fields or hand them to insertNew. Stamped with the tenant
 * like TenantStamp stamps a flush.
 */
export function newEntities<T extends object>(entity: new () => T, rows: Partial<T>[]): T[] {
  const owned = entity.prototype instanceof TenantOwned;
  return rows.map((r) => {
    const e = Object.assign(Reflect.construct(entity, [], Row) as T, r);
    if (owned) stampTenant(e as Partial<TenantOwned>);
    return e;
  });
}

/**
 * Writes entities from `newEntities` in the caller's transaction, so the tenant filter's partner,
 * RLS, checks every row as usual: INSERT_BATCH rows a statement, the rows as one JSON parameter
 * unpacked by `jsonb_to_recordset`. Custom types (encrypted columns, bigint) are converted as
 * the ORM converts them. Not `em.insertMany`: it inlines every value into the SQL text, and
 * escaping ~20 values a row was most of a 10,000-row import's CPU (bench/README.md, "Customer
 * import").
 */
export async function insertNew<T extends object>(
  em: EntityManager,
  entity: new () => T,
  entities: T[],
): Promise<void> {
  if (!entities.length) return;
  const meta = em.getMetadata().get(entity.name);
  const platform = em.getPlatform();
  const values = entities as Record<string, unknown>[];
  // A column every entity leaves out keeps its database default; one some leave out is null in them.
  const props = meta.props.filter(
    (p) =>
      p.persist !== false &&
      (p.kind === ReferenceKind.SCALAR || (p.kind === ReferenceKind.MANY_TO_ONE && p.mapToPk)) &&
      values.some((e) => e[p.name] !== undefined),
  );
  const columns = props.map((p) => ({
    name: p.fieldNames[0],
    type: p.columnTypes[0],
    key: p.name,
    // JSON columns go into the JSON parameter as they are, not as a JSON string of themselves.
    convert:
      p.customType && !(p.customType instanceof JsonType)
        ? (v: unknown) => p.customType!.convertToDatabaseValue(v, platform, { mode: 'query' })
        : null,
  }));
  const list = columns.map((c) => `"${c.name}"`).join(', ');
  const record = columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
  const sql = `insert into "${meta.tableName}" (${list}) select ${list} from jsonb_to_recordset(?::jsonb) as r(${record})`;
  for (let i = 0; i < values.length; i += INSERT_BATCH) {
    const rows = values.slice(i, i + INSERT_BATCH).map((e) => {
      const row: Record<string, unknown> = {};
      for (const c of columns) {
        const v = e[c.key];
        row[c.name] = v == null ? null : c.convert ? c.convert(v) : v;
      }
      return row;
    });
    await executeBound(em, sql, [JSON.stringify(rows)]);
  }
}

/**
 * A statement with bound parameters (`?`) in the caller's transaction. `em.execute` inlines its
 * parameters into the SQL text, escaping them character by character in JavaScript: for bulk
 * writes of megabytes that is the slow part, a bound parameter costs nothing. Like
 * `em.execute`, it runs in the entity manager's transaction when it has one.
 */
export async function executeBound(em: EntityManager, sql: string, params: unknown[]): Promise<void> {
  const query = em
    .getConnection()
    .getKnex()
    .raw(sql, params as Knex.RawBinding[]);
  const trx = em.getTransactionContext<Knex.Transaction>();
  await (trx ? query.transacting(trx) : query);
}
