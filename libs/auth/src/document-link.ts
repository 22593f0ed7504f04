import { createHmac, timingSafeEqual } from 'crypto';

/** What a signed link names: the tenant, the service that holds the bytes, the stored document. */
export interface LinkClaims {
  tenantId: string;
  service: string;
  documentId: string;
  expiresAt: Date;
}

/** Links live at most this long (the bound); the services default to it. */
export const MAX_LINK_TTL_MS = 10 * 60_000;

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');
const mac = (secret: string, body: string) => createHmac('sha256', secret).update(`pm-doc.${body}`).digest();

/**
 * `<claims>.<mac>`, both base64url: the claims are readable (the gateway routes by the service
 * named in them) and the HMAC over them binds tenant, service, document and expiry, so changing
 * any of them, or the expiry, makes the link fail.
 */
export function signLink(secret: string, c: LinkClaims): string {
  const body = b64(
    JSON.stringify([1, c.tenantId, c.service, c.documentId, Math.floor(c.expiresAt.getTime() / 1000)]),
  );
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

export type LinkCheck =
  { ok: true; claims: LinkClaims } | { ok: false; reason: 'MALFORMED' | 'SIGNATURE' | 'EXPIRED' };

/** Checks the signature first (constant time), then the expiry against `now`. */
export function verifyLink(secret: string, token: string, now: Date): LinkCheck {
  if (token.length > 400 || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token))
    return { ok: false, reason: 'MALFORMED' };
  const [body, sig] = token.split('.');
  const given = Buffer.from(sig, 'base64url');
  const expected = mac(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'SIGNATURE' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'MALFORMED' };
  }
  if (!Array.isArray(parsed) || parsed[0] !== 1 || parsed.length !== 5)
    return { ok: false, reason: 'MALFORMED' };
  const [, tenantId, service, documentId, exp] = parsed as [number, string, string, string, number];
  if (
    typeof tenantId !== 'string' ||
    typeof service !== 'string' ||
    typeof documentId !== 'string' ||
    !Number.isSafeInteger(exp)
  )
    return { ok: false, reason: 'MALFORMED' };
  if (exp * 1000 <= now.getTime()) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, claims: { tenantId, service, documentId, expiresAt: new Date(exp * 1000) } };
}

/** The service a token names, read without checking it (the gateway checks it before it forwards). */
export function serviceOfLink(token: string): string | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
    return Array.isArray(parsed) && typeof parsed[2] === 'string' ? parsed[2] : undefined;
  } catch {
    return undefined;
  }
}
