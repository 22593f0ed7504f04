import { IncomingMessage, ServerResponse } from 'http';
import { Readable } from 'stream';
import { INTERNAL_HEADER, TokenVerifier, bearerOf, isAbort, signInternal, verifyLink } from '@pm/auth';
import { Logger } from '@pm/observability';
import { RefusalLimiter } from './refusals';

export const DOCUMENTS_PATH = '/documents/';

/** Headers of the subgraph's answer that reach the client; nothing else does. */
const PASSED = [
  'content-type',
  'content-length',
  'content-disposition',
  'cache-control',
  'x-content-type-options',
];

export interface DocumentDownloadOptions {
  linkSecret: string;
  internalSecret: string;
  /** Subgraph GraphQL URLs by name (the link names the service holding the file). */
  subgraphs: Record<string, string>;
  verifier: TokenVerifier;
  refusals: RefusalLimiter;
  clientIp: (req: IncomingMessage) => string;
  timeoutMs: number;
  now: () => Date;
  log: Logger;
}

function answer(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
  res.end(text);
}

/**
 * `GET /documents/<token>` on the gateway's origin: the signed link of a `Document`. Checked here
 * first (signature, expiry; with a bearer token, its company must be the link's), so a forged or
 * stale link never reaches a subgraph; then streamed from the subgraph named in the link, which
 * checks it again and reads the file in the link's company only. Refusals count against the
 * address like refused GraphQL operations.
 */
export function documentDownload(o: DocumentDownloadOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return answer(res, 405, 'GET only', { allow: 'GET, HEAD' });
    const ip = o.clientIp(req);
    try {
      o.refusals.check(ip);
    } catch {
      return answer(res, 429, 'too many refused requests', { 'retry-after': '60' });
    }
    const forbid = () => {
      o.refusals.note(ip);
      answer(res, 403, 'forbidden: this link is invalid, expired or not for you');
    };
    // A token is base64url: nothing to decode, and anything else fails the check.
    const token = (req.url ?? '').split('?')[0].slice(DOCUMENTS_PATH.length);
    const check = verifyLink(o.linkSecret, token, o.now());
    if (!check.ok) return forbid();
    const base = o.subgraphs[check.claims.service];
    if (!base) return forbid();
    if (req.headers.authorization) {
      const principal = await o.verifier.verify(bearerOf(req.headers.authorization)).catch(() => undefined);
      if (!principal || principal.tenantId !== check.claims.tenantId) return forbid();
    }
    let upstream: Response;
    try {
      upstream = await fetch(
        `${base.replace(/\/graphql$/, '')}/internal/documents/${encodeURIComponent(token)}`,
        {
          headers: { [INTERNAL_HEADER]: signInternal(o.internalSecret, `document:${token}`) },
          signal: AbortSignal.timeout(o.timeoutMs),
        },
      );
    } catch (e) {
      o.log.warn('document download failed', { service: check.claims.service, err: e as Error });
      return answer(res, isAbort(e) ? 504 : 502, 'the document could not be fetched');
    }
    if (upstream.status === 403) {
      await upstream.body?.cancel();
      return forbid();
    }
    res.statusCode = upstream.status;
    for (const h of PASSED) {
      const v = upstream.headers.get(h);
      if (v) res.setHeader(h, v);
    }
    if (req.method === 'HEAD' || !upstream.body) {
      await upstream.body?.cancel();
      res.end();
      return;
    }
    Readable.fromWeb(upstream.body as never)
      .on('error', (err) => {
        o.log.warn('document stream broke', { err });
        res.destroy(err);
      })
      .pipe(res);
  };
}

/**
 * The origin links are made for: PUBLIC_URL when set, else the one the client called (its Host
 * header; the scheme from X-Forwarded-Proto when a trusted proxy set it).
 */
export function publicOrigin(
  req: IncomingMessage,
  configured: string | undefined,
  trustedProxy: boolean,
  port: number,
): string {
  if (configured) return configured;
  const host = req.headers.host ?? '';
  const proto = trustedProxy && req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
  return /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:]+\](:\d{1,5})?$/.test(host)
    ? `${proto}://${host}`
    : `http://localhost:${port}`;
}
