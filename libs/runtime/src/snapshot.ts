import { IncomingMessage, ServerResponse } from 'http';
import { EntityName, FilterQuery } from '@mikro-orm/core';
import { INTERNAL_HEADER, fetchWithin, jsonWithin, signInternal, verifyInternal } from '@pm/auth';
import { EventContract, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { SnapshotItem, SnapshotReader, domainOf } from '@pm/events';
import { send } from '@pm/graphql';
import { systemContext } from '@pm/tenant-context';

/**
 * `/internal/snapshots/<event type>?after=<cursor>`: the owning service's current state as pages
 * of an event contract's payloads, every tenant's, for a consumer created after the stream's
 * `max_age` (libs/events EventConsumer.bootstrap). Signed with the internal secret over the type
 * and the cursor, like the other internal routes.
 */
export const SNAPSHOT_ROUTE = '/internal/snapshots/';
export const SNAPSHOT_PAGE = 500;

export interface SnapshotPage {
  items: SnapshotItem[];
  /** The cursor of the next page; absent on the last. */
  next?: string;
}

/** One event type's snapshot: a page of at most `limit` items after the cursor. */
export type SnapshotSource = (after: string | undefined, limit: number) => Promise<SnapshotPage>;

export interface KeysetSnapshot<T> {
  db: Database;
  entity: EntityName<T>;
  /** The companies that may have rows, from the given one on (inclusive), in id order. */
  tenants: (from: string | undefined) => Promise<string[]>;
  /** Which rows are current state; built per page (a condition may depend on today). */
  where?: () => FilterQuery<T>;
  /** The row as the payload of the event that made it. */
  payload: (row: T) => unknown;
}

/**
 * Every company's current rows of one entity as event payloads. Cursor `<tenant id>/<row id>`:
 * companies in id order, each one's rows in id order, each company read in its own transaction
 * under its own tenant (RLS), so an item's tenant is the company its row was read under.
 */
export function keysetSnapshot<T extends { id: string; createdAt: Date }>(
  o: KeysetSnapshot<T>,
): SnapshotSource {
  return async (after, limit): Promise<SnapshotPage> => {
    const [afterTenant, afterId] = (after ?? '').split('/');
    if (after !== undefined && !(isUuid(afterTenant) && isUuid(afterId))) return { items: [] };
    const page: SnapshotPage = { items: [] };
    const current = o.where?.() ?? {};
    for (const tenantId of await o.tenants(after === undefined ? undefined : afterTenant)) {
      const want = limit - page.items.length;
      const where = (
        tenantId === afterTenant ? { $and: [current, { id: { $gt: afterId } }] } : current
      ) as FilterQuery<T>;
      const rows = await o.db.tx(
        (em) => em.find(o.entity, where, { orderBy: { id: 'asc' } as never, limit: want }),
        systemContext(tenantId),
      );
      for (const r of rows)
        page.items.push({ tenantId, payload: o.payload(r), occurredAt: r.createdAt.toISOString() });
      if (rows.length === want) {
        page.next = `${tenantId}/${rows[rows.length - 1].id}`;
        return page;
      }
    }
    return page;
  };
}

const subject = (type: string, after: string | undefined) => `snapshot:${type}:${after ?? ''}`;

/** The owner's side: the sources by event type; any other type is 404. */
export function snapshotRoute(secret: string, sources: Record<string, SnapshotSource>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET') return send(res, 405, { error: 'GET only' });
    const url = new URL(req.url ?? '/', 'http://internal');
    const type = decodeURIComponent(url.pathname.slice(SNAPSHOT_ROUTE.length));
    const after = url.searchParams.get('after') ?? undefined;
    if (!verifyInternal(secret, subject(type, after), req.headers[INTERNAL_HEADER] as string | undefined))
      return send(res, 403, { error: 'forbidden' });
    const source = Object.hasOwn(sources, type) ? sources[type] : undefined;
    if (!source) return send(res, 404, { error: `no snapshot of ${type}` });
    return send(res, 200, await source(after, SNAPSHOT_PAGE));
  };
}

/**
 * The consumers' side: a contract of a domain in `owners` (domain → the owner's base URL) is read
 * from its owner page by page; an owner that offers no snapshot of it (404) gives none.
 */
export function httpSnapshots(
  owners: Record<string, string>,
  secret: string,
  timeoutMs: number,
): SnapshotReader {
  return async function* (contract: EventContract) {
    const base = owners[domainOf(contract.subject)];
    if (!base) return;
    let after: string | undefined;
    for (;;) {
      const query = after === undefined ? '' : `?after=${encodeURIComponent(after)}`;
      const res = await fetchWithin(
        'snapshot',
        timeoutMs,
        `${base}${SNAPSHOT_ROUTE}${encodeURIComponent(contract.type)}${query}`,
        { headers: { [INTERNAL_HEADER]: signInternal(secret, subject(contract.type, after)) } },
      );
      if (res.status === 404 && after === undefined) return;
      if (!res.ok) throw new Error(`snapshot of ${contract.type} answered ${res.status}`);
      const page = await jsonWithin<SnapshotPage>('snapshot', timeoutMs, res);
      if (page.items.length) yield page.items;
      if (!page.next) return;
      after = page.next;
    }
  };
}
