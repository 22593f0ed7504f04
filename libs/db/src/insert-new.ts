import { ReferenceKind, RequiredEntityData } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { TenantOwned, stampTenant } from './tenant-entity';

/** Rows per INSERT statement: well under PostgreSQL's 65,535 bind parameters for ~20 columns. */
export const INSERT_BATCH = 1000;

/**
 * New entities built like `em.create` builds them (the class's own defaults: id, createdAt, …)
 * but not managed: for imports of thousands of rows, where the unit of work's bookkeeping per
 * entity (identity map, snapshots, change sets) costs more than writing them. Stamped with the
 * tenant like TenantStamp stamps a flush.
 */
export function newEntities<T extends object>(entity: new () => T, rows: Partial<T>[]): T[] {
  return rows.map((r) => {
    const e = Object.assign(new entity(), r);
    if (e instanceof TenantOwned) stampTenant(e);
    return e;
  });
}

/**
 * Writes entities from `newEntities` with multi-row INSERTs (em.insertMany: bound parameters,
 * custom types such as encrypted columns converted), INSERT_BATCH rows a statement, in the
 * caller's transaction — so the tenant filter's partner, RLS, checks every row as usual.
 */
export async function insertNew<T extends object>(
  em: EntityManager,
  entity: new () => T,
  entities: T[],
): Promise<void> {
  if (!entities.length) return;
  const meta = em.getMetadata().get(entity.name);
  const props = meta.props.filter(
    (p) =>
      p.persist !== false &&
      (p.kind === ReferenceKind.SCALAR || (p.kind === ReferenceKind.MANY_TO_ONE && p.mapToPk)),
  );
  const rows = entities.map((e) => {
    const row: Record<string, unknown> = {};
    for (const p of props) {
      const v = (e as Record<string, unknown>)[p.name];
      // A column left out keeps its database default; an explicit null is written as null.
      if (v !== undefined) row[p.name] = v;
    }
    return row;
  });
  // One column list per statement: a key some rows lack is null in them.
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  for (const r of rows) for (const k of keys) if (!(k in r)) r[k] = null;
  for (let i = 0; i < rows.length; i += INSERT_BATCH)
    await em.insertMany(entity, rows.slice(i, i + INSERT_BATCH) as RequiredEntityData<T>[]);
}
