import { fetchWithin, jsonWithin } from './errors';
import { INTERNAL_HEADER, signInternal } from './directory';

/**
 * A subject whose tokens issued up to `revokedAt` no longer pass: a partner client (by its OAuth
 * client id, the tokens' `azp`) or a person (by Keycloak user id, the tokens' `sub`). Tokens issued
 * later pass again, so a subject Keycloak lets in anew (a re-enabled user) is not locked out for ever.
 */
export interface Revocation {
  tenantId: string;
  kind: 'client' | 'user';
  subject: string;
  /** Epoch milliseconds. */
  revokedAt: number;
}

/**
 * Where revocations are read: tenancy's table (tenancy itself) or its internal endpoint (everyone
 * else). It answers only revocations younger than the longest token lifetime, since an older one
 * can only concern tokens that have expired anyway: the list stays small and bounded.
 */
export interface RevocationSource {
  list(): Promise<Revocation[]>;
}

export const REVOCATIONS_PATH = '/internal/revocations';
/** What the gateway's HMAC covers on the revocation endpoint (it carries no token). */
export const REVOCATIONS_SUBJECT = 'revocations';

export class HttpRevocations implements RevocationSource {
  constructor(
    private tenancyUrl: string,
    private secret: string,
    private timeoutMs = 3000,
  ) {}

  async list(): Promise<Revocation[]> {
    const res = await fetchWithin(
      'revocation list',
      this.timeoutMs,
      `${this.tenancyUrl}${REVOCATIONS_PATH}`,
      {
        headers: { [INTERNAL_HEADER]: signInternal(this.secret, REVOCATIONS_SUBJECT) },
      },
    );
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`revocation list answered ${res.status}`);
    }
    return (await jsonWithin<{ revocations: Revocation[] }>('revocation list', this.timeoutMs, res))
      .revocations;
  }
}

export interface RevocationOptions {
  /** A list older than this is re-read in the background while the current one still answers (default 5 s). */
  refreshMs?: number;
  /**
   * A list older than this is not used: the check waits for a fresh one and refuses the token if
   * that fails (default 30 s). This is the bound on how long a revoked token may still pass.
   */
  maxStaleMs?: number;
}

/** The subject of a verified token, as the check needs it. */
export interface RevocationSubject {
  tenantId: string;
  actor: { kind: string; id?: string };
  clientId?: string;
  /** The token's `iat`, epoch seconds. */
  issuedAt?: number;
}

/**
 * The revocation check every verifier runs on every token, cached or not: a map lookup while the
 * list is fresh; one read of the source per `refreshMs` per process (one in flight at a time).
 */
export class RevocationList {
  private byKey = new Map<string, number>();
  private fetchedAt = 0;
  private inFlight?: Promise<void>;
  private readonly refreshMs: number;
  private readonly maxStaleMs: number;

  constructor(
    private source: RevocationSource,
    o: RevocationOptions = {},
    private now: () => number = Date.now,
  ) {
    this.refreshMs = o.refreshMs ?? 5_000;
    this.maxStaleMs = Math.max(o.maxStaleMs ?? 30_000, this.refreshMs);
  }

  async isRevoked(s: RevocationSubject): Promise<boolean> {
    const age = this.now() - this.fetchedAt;
    if (age >= this.maxStaleMs) await this.refresh();
    else if (age >= this.refreshMs) this.refresh().catch(() => undefined);
    const issuedMs = (s.issuedAt ?? 0) * 1000;
    const keys = [s.actor.id ? key(s.tenantId, 'user', s.actor.id) : undefined];
    if (s.actor.kind === 'partner' && s.clientId) keys.push(key(s.tenantId, 'client', s.clientId));
    return keys.some((k) => {
      const at = k ? this.byKey.get(k) : undefined;
      return at !== undefined && issuedMs <= at;
    });
  }

  /** Reads the list now (tests, and a revocation made by this very process). */
  refresh(): Promise<void> {
    if (!this.inFlight)
      this.inFlight = this.source
        .list()
        .then((list) => {
          const next = new Map<string, number>();
          for (const r of list) {
            const k = key(r.tenantId, r.kind, r.subject);
            next.set(k, Math.max(next.get(k) ?? 0, r.revokedAt));
          }
          this.byKey = next;
          this.fetchedAt = this.now();
        })
        .finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }
}

const key = (tenantId: string, kind: string, subject: string) => `${tenantId}|${kind}|${subject}`;
