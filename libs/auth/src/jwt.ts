import { ErrorCode } from '@pm/contracts';
import { AuthError } from './errors';

/** Longer than any access token Keycloak issues for us (≈ 1.5 KB), short enough to hash cheaply. */
export const MAX_TOKEN_LENGTH = 8192;
const THREE_PARTS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Cheap syntactic gate, checked before the token is used as a cache key or anything is looked up. */
export function looksLikeJwt(raw: string): boolean {
  return raw.length <= MAX_TOKEN_LENGTH && THREE_PARTS.test(raw);
}

export interface DecodedJwt {
  header: { alg?: unknown; kid?: unknown };
  payload: { iss?: unknown; exp?: unknown };
}

/**
 * A compact JWS with exactly three base64url parts whose first two are JSON objects. Anything
 * else (`token + ".junk"`, a fourth part, padding, an empty signature) is refused here, so only
 * the three parts the signature covers can ever reach a cache or a lookup.
 */
export function decodeJwt(raw: string | undefined): DecodedJwt {
  if (!raw || !looksLikeJwt(raw)) throw new AuthError(ErrorCode.UNAUTHENTICATED, 'not a well-formed JWT');
  const [h, p] = raw.split('.');
  const header = jsonObject(h);
  const payload = jsonObject(p);
  if (!header || !payload) throw new AuthError(ErrorCode.UNAUTHENTICATED, 'not a well-formed JWT');
  return { header, payload };
}

function jsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
