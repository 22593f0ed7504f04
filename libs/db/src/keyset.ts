import { EntityName, FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { TenantContext } from '@pm/tenant-context';
import { Database } from './database';

/** Rows per page of a streamed register: a page and its look-ups in one short transaction. */
export const REGISTER_PAGE = 1000;

/**
 * The rows of `where`, streamed in id order one page at a time: each page is read (with the
 * tenant and site filters, like any request) and turned into output rows by `toRows` in its own
 * short transaction, so no connection is held while the consumer writes, memory holds one page,
 * and statements are a fixed few per page. Keyset paging (`id > last`), never OFFSET.
 */
export async function* keysetRows<T extends { id: string }, R>(
  db: Database,
  ctx: TenantContext,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  toRows: (em: EntityManager, page: T[]) => Promise<R[]> | R[],
  pageSize = REGISTER_PAGE,
): AsyncGenerator<R> {
  let after: string | undefined;
  for (;;) {
    const cond = (after ? { $and: [where, { id: { $gt: after } }] } : where) as FilterQuery<T>;
    const out = await db.tx(async (em) => {
      const page = (await em.find(entity, cond, {
        orderBy: { id: 'asc' } as any,
        limit: pageSize,
        disableIdentityMap: true,
      })) as T[];
      return { page, rows: page.length ? await toRows(em, page) : [] };
    }, ctx);
    yield* out.rows;
    if (out.page.length < pageSize) return;
    after = out.page[out.page.length - 1].id;
  }
}

/** A register's date range: business dates (`YYYY-MM-DD`, both ends included), either open. */
export interface DateRange {
  from?: string | null;
  to?: string | null;
}

/** `where` for a `date` column within the range. */
export function dateWithin(range: DateRange): Record<string, string> | undefined {
  const w: Record<string, string> = {};
  if (range.from) w.$gte = range.from;
  if (range.to) w.$lte = range.to;
  return Object.keys(w).length ? w : undefined;
}
