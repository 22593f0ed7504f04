import { KeycloakCell } from '@pm/config';
import { ErrorCode, STAFF_ROLES, StaffRole, isPartnerScope } from '@pm/contracts';
import { TenantContext, scopeFor } from '@pm/tenant-context';
import KeycloakConfig from 'keycloak-connect/middleware/auth-utils/config';
import GrantManager from 'keycloak-connect/middleware/auth-utils/grant-manager';
import Token from 'keycloak-connect/middleware/auth-utils/token';
import { LRUCache } from 'lru-cache';
import { PlatformMetrics, TokenFailureReason } from '@pm/observability';
import { AuthError, DependencyTimeoutError, fetchWithin, jsonWithin } from './errors';
import { DirectoryBusyError, TenantDirectory } from './directory';
import { parseIssuer } from './issuer';
import { decodeJwt, looksLikeJwt } from './jwt';
import { RevocationList } from './revocations';

/** The API's audience; the realm template's audience mapper puts it in every access token. */
export const API_AUDIENCE = 'pm-api';

export interface Principal extends TenantContext {
  realm: string;
  cell: string;
  username?: string;
  name?: string;
  clientId?: string;
  /**
   * Partner scopes the token carries (its `scope` claim, catalog names only: libs/contracts
   * `PARTNER_SCOPES`). Only partner tokens are held to them; see `hasScope`.
   */
  scopes?: readonly string[];
  /** The token's `iat` (epoch seconds): a revocation covers the tokens issued up to it. */
  issuedAt?: number;
}

/**
 * Whether the caller holds a partner scope. Staff are governed by their roles alone; a partner
 * app needs the scope on top of its roles.
 */
export const hasScope = (p: Pick<Principal, 'actor' | 'scopes'>, scope: string): boolean =>
  p.actor.kind !== 'partner' || (p.scopes ?? []).includes(scope);

export interface VerifierOptions {
  cells: KeycloakCell[];
  directory: TenantDirectory;
  /** Keys are re-read on this period so a key removed from the realm stops working. */
  keyRefreshMs?: number;
  /** How long a verified token string is trusted without re-checking its signature (default 60 s). */
  verifiedCacheMs?: number;
  /** An unknown key id triggers a read of the realm's keys at most this often. */
  minKeyFetchIntervalMs?: number;
  /** A read of a realm's keys (JWKS) that takes longer fails with TIMEOUT (default 3 s). */
  jwksTimeoutMs?: number;
  /** Verified token strings kept (default 10,000). */
  maxVerified?: number;
  /** Realms whose keys are kept (default 5,000; a realm is only added once the directory knows it). */
  maxRealms?: number;
  /** Refusals by reason and the verified-token cache's hits are counted here. */
  metrics?: PlatformMetrics;
  /**
   * Revoked partner clients and people (tenancy's list): checked on every token, cached or not,
   * so a revoked token stops passing within the list's staleness bound.
   */
  revocations?: RevocationList;
}

interface RealmVerifier {
  manager: any;
  timer: NodeJS.Timeout;
  fetchedAt: number;
  pems: Map<string, Promise<string>>;
}

/**
 * Verifies bearer tokens of every tenant realm on every Keycloak cell. keycloak-connect is
 * deprecated upstream, so it stays behind this one class: swapping it for plain JWKS
 * verification touches nothing else.
 */
export class TokenVerifier {
  private realms: LRUCache<string, RealmVerifier>;
  private verified: LRUCache<string, Principal>;

  constructor(private o: VerifierOptions) {
    this.verified = new LRUCache({ max: o.maxVerified ?? 10_000, ttl: o.verifiedCacheMs ?? 60_000 });
    this.realms = new LRUCache({
      max: o.maxRealms ?? 5_000,
      dispose: (r) => clearInterval(r.timer),
    });
  }

  /**
   * The same token string is verified once per minute at most: an identical string carries
   * the identical signature, so only its expiry (and a removed key, within that minute) can
   * change the answer. Verification otherwise dominates the gateway's CPU per request.
   */
  async verify(raw: string | undefined): Promise<Principal> {
    try {
      return await this.verifyCounted(raw);
    } catch (e) {
      this.o.metrics?.tokenRefused(failureReason(e));
      throw e;
    }
  }

  private async verifyCounted(raw: string | undefined): Promise<Principal> {
    if (!raw) throw new AuthError(ErrorCode.UNAUTHENTICATED, 'missing bearer token');
    if (!looksLikeJwt(raw)) throw new AuthError(ErrorCode.UNAUTHENTICATED, 'not a well-formed JWT');
    const hit = this.verified.get(raw);
    this.o.metrics?.cache('tokens', !!hit);
    let principal = hit;
    if (!principal) {
      const jwt = decodeJwt(raw);
      principal = await this.verifyUncached(raw, jwt);
      const ttl = Math.min(Number(jwt.payload.exp) * 1000 - Date.now(), this.o.verifiedCacheMs ?? 60_000);
      if (ttl > 0) this.verified.set(raw, principal, { ttl });
    }
    if (await this.o.revocations?.isRevoked(principal))
      throw new AuthError(ErrorCode.UNAUTHENTICATED, 'token revoked');
    return principal;
  }

  private async verifyUncached(raw: string, jwt: ReturnType<typeof decodeJwt>): Promise<Principal> {
    if (jwt.header.alg !== 'RS256')
      throw new AuthError(ErrorCode.UNAUTHENTICATED, 'unsupported token algorithm');
    if (!Number.isFinite(Number(jwt.payload.exp)))
      throw new AuthError(ErrorCode.UNAUTHENTICATED, 'token has no expiry');
    const issuer = parseIssuer(jwt.payload.iss, this.o.cells);
    if (!issuer) throw new AuthError(ErrorCode.UNAUTHENTICATED, 'unknown token issuer');
    const token = new Token(raw, API_AUDIENCE);

    const entry = await this.o.directory.byRealm(issuer.realm);
    if (!entry) throw new AuthError(ErrorCode.UNAUTHENTICATED, 'no tenant for this realm');
    if (entry.cell !== issuer.cell.name)
      throw new AuthError(ErrorCode.UNAUTHENTICATED, 'realm is not hosted on this cell');

    try {
      const realm = this.realmVerifier(issuer.cell, issuer.realm);
      await this.ensureKey(realm, token.header.kid);
      await realm.manager.validateToken(token, 'Bearer');
    } catch (e) {
      if (e instanceof DependencyTimeoutError) throw e;
      throw new AuthError(ErrorCode.UNAUTHENTICATED, (e as Error).message);
    }
    const c = token.content;
    const roles = ((c.realm_access?.roles ?? []) as string[]).filter((r): r is StaffRole =>
      STAFF_ROLES.includes(r as StaffRole),
    );
    const propertyIds = Array.isArray(c.property_ids)
      ? c.property_ids.map(String)
      : c.property_ids
        ? [String(c.property_ids)]
        : [];
    const partner =
      typeof c.azp === 'string' &&
      c.azp !== 'pm-console' &&
      c.preferred_username?.startsWith('service-account-');
    return {
      tenantId: entry.tenantId,
      realm: issuer.realm,
      cell: issuer.cell.name,
      actor: { kind: partner ? 'partner' : 'user', id: c.sub },
      roles,
      propertyScope: scopeFor(roles, propertyIds),
      username: c.preferred_username,
      name: c.name,
      clientId: c.azp,
      scopes: typeof c.scope === 'string' ? c.scope.split(' ').filter(isPartnerScope) : [],
      issuedAt: Number.isFinite(Number(c.iat)) ? Number(c.iat) : undefined,
    };
  }

  close(): void {
    this.realms.clear();
    this.verified.clear();
  }

  /**
   * A token signed by a key just added to the realm must work at once; keycloak-connect would
   * refuse it for its minimum fetch interval, so unknown key ids are fetched here, rate limited.
   */
  private async ensureKey(realm: RealmVerifier, kid: unknown): Promise<void> {
    const keys = realm.manager.rotation.jwks as { kid: string }[];
    if (
      keys.some((k) => k.kid === kid) ||
      Date.now() - realm.fetchedAt < (this.o.minKeyFetchIntervalMs ?? 1000)
    )
      return;
    realm.fetchedAt = Date.now();
    await this.refreshKeys(realm);
  }

  private async refreshKeys(realm: RealmVerifier): Promise<void> {
    const fetched = await this.fetchKeys(realm.manager.rotation.realmUrl);
    realm.manager.rotation.jwks = fetched.keys;
    realm.manager.rotation.lastTimeRequesTime = Date.now() / 1000;
    realm.pems.clear();
  }

  /** keycloak-connect's own JWKS read has no deadline; this one does. */
  private async fetchKeys(realmUrl: string): Promise<{ keys: { kid: string }[] }> {
    const ms = this.o.jwksTimeoutMs ?? 3000;
    const res = await fetchWithin('keycloak jwks', ms, `${realmUrl}/protocol/openid-connect/certs`);
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`keycloak jwks answered ${res.status}`);
    }
    return jsonWithin('keycloak jwks', ms, res);
  }

  private realmVerifier(cell: KeycloakCell, realm: string): RealmVerifier {
    const key = `${cell.name}/${realm}`;
    let v = this.realms.get(key);
    if (!v) {
      const config = new KeycloakConfig({
        realm,
        'auth-server-url': cell.url,
        resource: API_AUDIENCE,
        'bearer-only': true,
        'verify-token-audience': true,
        'min-time-between-jwks-requests': 1,
      });
      const manager = new GrantManager(config);
      manager.rotation.retrieveJWKs = () => this.fetchKeys(manager.rotation.realmUrl);
      // keycloak-connect turns the JWK into a PEM on every request (≈ 0.3 ms, a third of the
      // gateway's CPU per request in bench/); the PEM is kept per kid until keys are re-read.
      const pems = new Map<string, Promise<string>>();
      const toPem = manager.rotation.getJWK.bind(manager.rotation);
      manager.rotation.getJWK = (kid: string) => {
        let pem = pems.get(kid);
        if (!pem) {
          // keycloak-connect answers undefined (not a rejection) while it refuses to re-read
          // keys; only a real PEM is kept, so a refused read never sticks to a kid.
          pem = Promise.resolve()
            .then(() => toPem(kid))
            .then((p: string | undefined) => {
              if (typeof p !== 'string') throw new Error(`no key ${kid} in the realm`);
              return p;
            });
          pem.catch(() => pems.delete(kid));
          pems.set(kid, pem);
        }
        return pem;
      };
      const created: RealmVerifier = {
        manager,
        fetchedAt: 0,
        pems,
        timer: undefined as unknown as NodeJS.Timeout,
      };
      // keycloak-connect caches keys by kid forever; re-reading them drops rotated-out keys.
      created.timer = setInterval(
        () => this.refreshKeys(created).catch(() => undefined),
        this.o.keyRefreshMs ?? 5 * 60_000,
      );
      created.timer.unref();
      v = created;
      this.realms.set(key, v);
    }
    return v;
  }
}

/**
 * The metric label of a refusal: a fixed list (the messages come from keycloak-connect and
 * carry no attacker text, but a list keeps the label bounded whatever they become).
 */
export function failureReason(e: unknown): TokenFailureReason {
  if (e instanceof DirectoryBusyError) return 'directory_busy';
  if (e instanceof DependencyTimeoutError) return 'timeout';
  if (!(e instanceof AuthError)) return 'other';
  const r = e.reason;
  if (r === 'missing bearer token') return 'missing';
  if (r === 'not a well-formed JWT') return 'malformed';
  if (r === 'unsupported token algorithm') return 'algorithm';
  if (r === 'token has no expiry') return 'no_expiry';
  if (r === 'unknown token issuer') return 'unknown_issuer';
  if (r === 'no tenant for this realm') return 'unknown_realm';
  if (r === 'realm is not hosted on this cell') return 'wrong_cell';
  if (/expired/.test(r)) return 'expired';
  if (/audience|authorized party/.test(r)) return 'audience';
  if (/signature|not signed|no key|public key/.test(r)) return 'signature';
  return 'other';
}

export function bearerOf(authorization: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return m?.[1];
}
