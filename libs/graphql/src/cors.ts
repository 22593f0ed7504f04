import { IncomingMessage, ServerResponse } from 'http';

const ALLOWED_HEADERS = 'authorization, content-type, apollographql-client-name';

/**
 * CORS for an allow-list of exact origins (the staff console): a listed origin gets itself back
 * in Access-Control-Allow-Origin, anything else gets no CORS header, so the browser keeps the
 * answer from the page. Returns true when it answered the request (a preflight).
 */
export function corsFor(allowed: readonly string[]) {
  const list = new Set(allowed);
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const origin = req.headers.origin;
    const ok = typeof origin === 'string' && list.has(origin);
    res.setHeader('vary', 'Origin');
    if (ok) res.setHeader('access-control-allow-origin', origin);
    if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
    if (ok) {
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
      res.setHeader('access-control-max-age', '600');
    }
    res.statusCode = ok ? 204 : 403;
    res.end();
    return true;
  };
}
