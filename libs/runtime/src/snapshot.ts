import { IncomingMessage, ServerResponse } from 'http';
import { INTERNAL_HEADER, fetchWithin, jsonWithin, signInternal, verifyInternal } from '@pm/auth';
import { EventContract } from '@pm/contracts';
import { SnapshotItem, SnapshotReader, domainOf } from '@pm/events';
import { send } from '@pm/graphql';

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
