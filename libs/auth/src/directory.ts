import { createHmac, timingSafeEqual } from 'crypto';

/** Where a tenant lives: its id and the Keycloak cell hosting its realm. */
export interface TenantEntry {
  tenantId: string;
  realm: string;
  cell: string;
}

export interface TenantDirectory {
  byRealm(realm: string): Promise<TenantEntry | undefined>;
}

/** Caches hits for minutes and misses for seconds: a realm just created must work soon. */
export class CachedDirectory implements TenantDirectory {
  private cache = new Map<string, { at: number; entry?: TenantEntry }>();
  constructor(
    private inner: TenantDirectory,
    private hitMs = 5 * 60_000,
    private missMs = 2_000,
  ) {}

  async byRealm(realm: string): Promise<TenantEntry | undefined> {
    const c = this.cache.get(realm);
    const now = Date.now();
    if (c && now - c.at < (c.entry ? this.hitMs : this.missMs)) return c.entry;
    const entry = await this.inner.byRealm(realm);
    this.cache.set(realm, { at: now, entry });
    return entry;
  }
}

/** Reads the tenant registry from the tenancy service's internal endpoint. */
export class HttpDirectory implements TenantDirectory {
  constructor(
    private tenancyUrl: string,
    private secret: string,
  ) {}

  async byRealm(realm: string): Promise<TenantEntry | undefined> {
    const res = await fetch(`${this.tenancyUrl}/internal/tenants/${encodeURIComponent(realm)}`, {
      headers: { [INTERNAL_HEADER]: signInternal(this.secret, `realm:${realm}`) },
      signal: AbortSignal.timeout(3000),
    });
    if (res.status === 404) return undefined;
    if (!res.ok) throw new Error(`tenant directory answered ${res.status}`);
    return (await res.json()) as TenantEntry;
  }
}

/**
 * Gateway → subgraph proof: an HMAC over a timestamp and what the request carries (the
 * bearer token), so `_entities` cannot be called around the gateway and a captured header
 * is useless after a minute or with another token.
 */
export const INTERNAL_HEADER = 'x-pm-internal';
const MAX_SKEW_MS = 60_000;

export function signInternal(secret: string, subject: string, now = Date.now()): string {
  const mac = createHmac('sha256', secret).update(`${now}.${subject}`).digest('base64url');
  return `${now}.${mac}`;
}

export function verifyInternal(
  secret: string,
  subject: string,
  header: string | undefined,
  now = Date.now(),
): boolean {
  if (!header) return false;
  const [ts, mac] = header.split('.');
  const t = Number(ts);
  if (!Number.isFinite(t) || Math.abs(now - t) > MAX_SKEW_MS || !mac) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${subject}`).digest('base64url'));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
