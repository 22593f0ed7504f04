import { EntityManager } from '@mikro-orm/postgresql';
import { requireTenant } from '@pm/tenant-context';

/**
 * For services that talk SQL directly (RLS scopes every statement through `Database.tx`'s
 * `SET LOCAL app.tenant_id`); inserts take the tenant id from the context, never from input.
 */
export const tenantId = (): string => requireTenant().tenantId;
export const actorId = (): string | null => requireTenant().actor.id ?? null;

export function q<T = any>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.execute(sql, params as any[]) as Promise<T[]>;
}

export async function one<T = any>(
  em: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T | null> {
  const rows = await q<T>(em, sql, params);
  return rows[0] ?? null;
}

/** `?, ?, ?` for an IN list (knex expands no arrays in raw SQL). */
export const marks = (n: number) => new Array(n).fill('?').join(', ');

/**
 * `:name` placeholders (not `::cast`) → positional `?` with their values, for long statements
 * that use one value many times. Keep colons out of string literals in such SQL.
 */
export function named(sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const values: unknown[] = [];
  const text = sql.replace(/(?<![:\w]):([a-zA-Z]\w*)/g, (_m, name: string) => {
    if (!(name in params)) throw new Error(`no value for :${name}`);
    values.push(params[name]);
    return '?';
  });
  return [text, values];
}

/** A PostgreSQL array literal for `?::uuid[]` (MikroORM formats parameters inline). */
export const pgArray = (xs: (string | null)[]) =>
  `{${xs.map((x) => (x === null ? 'NULL' : `"${x.replace(/["\\]/g, '')}"`)).join(',')}}`;

/** Raw SQL hands timestamptz back as PostgreSQL text (MikroORM's pg type parsers): make it a Date. */
export function ts(v: unknown): Date | null {
  if (v == null) return null;
  if (v instanceof Date) return v;
  return new Date(
    String(v)
      .replace(' ', 'T')
      .replace(/([+-]\d\d)$/, '$1:00'),
  );
}
