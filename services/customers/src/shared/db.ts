import { EntityManager } from '@mikro-orm/postgresql';
import { requireTenant } from '@pm/tenant-context';

/**
 * This service talks SQL directly (RLS scopes every statement through `Database.tx`'s
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

export const isUuid = (v: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

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
