import { createHmac, timingSafeEqual } from 'crypto';
import { LRUCache } from 'lru-cache';
import { PlatformMetrics } from '@pm/observability';
import { fetchWithin, jsonWithin } from './errors';

/** Where a tenant lives: its id and the Keycloak cell hosting its realm. */
export interface TenantEntry {
  tenantId: string;
  realm: string;
  cell: string;
}

export interface TenantDirectory {
  byRealm(realm: string): Promise<TenantEntry | undefined>;
}

export interface DirectoryCacheOptions {
  /** How long a known realm is trusted (default 5 min). */
  hitMs?: number;
  /** How long an unknown realm stays unknown: short, so a realm just created works soon (default 2 s). */
  missMs?: number;
  /** Known realms kept (default 20,000: more than the tenants of a deployment). */
  maxEntries?: number;
  /** Unknown realms remembered; each entry is a few bytes (default 10,000). */
  maxMisses?: number;
  /**
   * Lookups of realms not in the cache, per second, for the whole process (default 50). A flood of
   * tokens naming random realms costs the directory at most this; beyond it such tokens are
   * refused without a lookup.
   */
  lookupsPerSecond?: number;
  /** Hits (known, known-unknown, or a lookup already in flight) and misses are counted here. */
  metrics?: PlatformMetrics;
}

const MISS = Symbol('unknown realm');

/**
 * Bounded in every direction: an LRU with TTL of known realms, a smaller and shorter one of
 * unknown realms, one lookup in flight per realm (concurrent misses share it), and a cap on
 * lookups per second, so tokens with made-up issuers cannot grow memory or load tenancy.
 */
export class CachedDirectory implements TenantDirectory {
  private hits: LRUCache<string, TenantEntry>;
  private misses: LRUCache<string, typeof MISS>;
  private inFlight = new Map<string, Promise<TenantEntry | undefined>>();
  private budget: { second: number; left: number } = { second: 0, left: 0 };
  private readonly perSecond: number;
  private metrics?: PlatformMetrics;

  constructor(
    private inner: TenantDirectory,
    o: DirectoryCacheOptions = {},
  ) {
    this.metrics = o.metrics;
    this.hits = new LRUCache({ max: o.maxEntries ?? 20_000, ttl: o.hitMs ?? 5 * 60_000 });
    this.misses = new LRUCache({ max: o.maxMisses ?? 10_000, ttl: o.missMs ?? 2_000 });
    this.perSecond = o.lookupsPerSecond ?? 50;
  }

  async byRealm(realm: string): Promise<TenantEntry | undefined> {
    const hit = this.hits.get(realm);
    const known = !!hit || this.misses.has(realm);
    const pending = known ? undefined : this.inFlight.get(realm);
    this.metrics?.cache('tenant_directory', known || !!pending);
    if (known) return hit;
    if (pending) return pending;
    if (!this.takeLookup()) throw new DirectoryBusyError();
    const lookup = this.inner
      .byRealm(realm)
      .then((entry) => {
        if (entry) this.hits.set(realm, entry);
        else this.misses.set(realm, MISS);
        return entry;
      })
      .finally(() => this.inFlight.delete(realm));
    this.inFlight.set(realm, lookup);
    return lookup;
  }

  private takeLookup(now = Date.now()): boolean {
    const second = Math.floor(now / 1000);
    if (this.budget.second !== second) this.budget = { second, left: this.perSecond };
    if (this.budget.left <= 0) return false;
    this.budget.left--;
    return true;
  }
}

/** Too many lookups of uncached realms this second: the token is refused without asking tenancy. */
export class DirectoryBusyError extends Error {
  constructor() {
    super('too many lookups of unknown token issuers; try again shortly');
  }
}

/** Reads the tenant registry from the tenancy service's internal endpoint. */
export class HttpDirectory implements TenantDirectory {
  constructor(
    private tenancyUrl: string,
    private secret: string,
    private timeoutMs = 3000,
  ) {}

  async byRealm(realm: string): Promise<TenantEntry | undefined> {
    const res = await fetchWithin(
      'tenant directory',
      this.timeoutMs,
      `${this.tenancyUrl}/internal/tenants/${encodeURIComponent(realm)}`,
      { headers: { [INTERNAL_HEADER]: signInternal(this.secret, `realm:${realm}`) } },
    );
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.ok) throw new Error(`tenant directory answered ${res.status}`);
    return jsonWithin<TenantEntry>('tenant directory', this.timeoutMs, res);
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
