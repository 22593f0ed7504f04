import { IncomingMessage, ServerResponse } from 'http';
import { INTERNAL_HEADER, verifyInternal, verifyLink } from '@pm/auth';
import { Logger } from '@pm/observability';
import { Clock } from '@pm/time';
import { DocumentStore } from './store';

export const DOCUMENT_ROUTE = '/internal/documents/';

/** `Content-Disposition` with the Chinese file name (RFC 6266 / 5987) and an ASCII fallback. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function refuse(res: ServerResponse, status = 403): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(status === 403 ? 'forbidden' : 'error');
}

/**
 * The subgraph's side of a download: only the gateway may call it (signed header over the token),
 * the link is checked again here, and the row is read in the link's company (RLS), so a link made
 * for one company never reaches another's file even with a valid signature.
 */
export function documentRoute(store: DocumentStore, internalSecret: string, clock: Clock, log: Logger) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const token = (req.url ?? '').split('?')[0].slice(DOCUMENT_ROUTE.length);
    if (req.method !== 'GET') return refuse(res, 405);
    if (
      !verifyInternal(internalSecret, `document:${token}`, req.headers[INTERNAL_HEADER] as string | undefined)
    )
      return refuse(res);
    const check = verifyLink(store.limits.linkSecret, token, clock.now());
    if (!check.ok || check.claims.service !== store.service) return refuse(res);
    const doc = await store.read(check.claims).catch((err) => {
      log.error('document read failed', { err });
      return undefined;
    });
    if (doc === undefined) return refuse(res, 500);
    if (!doc) return refuse(res);
    res.statusCode = 200;
    res.setHeader('content-type', doc.contentType);
    res.setHeader('content-length', String(doc.bytes.length));
    res.setHeader('content-disposition', contentDisposition(doc.fileName));
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.end(doc.bytes);
  };
}
