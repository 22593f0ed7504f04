import { LRUCache } from 'lru-cache';
import { INTERNAL_HEADER, Principal, fetchWithin, jsonWithin, signInternal } from '@pm/auth';
import { ErrorCode } from '@pm/contracts';
import { requestError } from '@pm/graphql';

/** What the gateway needs to know of a partner client per request. */
export interface PartnerClientInfo {
  persistedOnly: boolean;
}

export const partnerSubject = (tenantId: string, clientId: string) => `partner:${tenantId}/${clientId}`;

/** Tenancy's answers about partner clients (internal endpoints, signed like the directory's). */
export interface PartnerSource {
  client(tenantId: string, clientId: string): Promise<PartnerClientInfo | undefined>;
  document(tenantId: string, clientId: string, operationId: string): Promise<string | undefined>;
}

export class HttpPartnerSource implements PartnerSource {
  constructor(
    private tenancyUrl: string,
    private secret: string,
    private timeoutMs: number,
  ) {}

  private async get<T>(path: string, subject: string): Promise<T | undefined> {
    const res = await fetchWithin('partner clients', this.timeoutMs, `${this.tenancyUrl}${path}`, {
      headers: { [INTERNAL_HEADER]: signInternal(this.secret, subject) },
    });
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`partner clients answered ${res.status}`);
    }
    return jsonWithin<T>('partner clients', this.timeoutMs, res);
  }

  client(tenantId: string, clientId: string) {
    return this.get<PartnerClientInfo>(
      `/internal/partner-clients/${tenantId}/${encodeURIComponent(clientId)}`,
      partnerSubject(tenantId, clientId),
    );
  }

  async document(tenantId: string, clientId: string, operationId: string) {
    const r = await this.get<{ document: string }>(
      `/internal/partner-clients/${tenantId}/${encodeURIComponent(clientId)}/operations/${operationId}`,
      partnerSubject(tenantId, clientId),
    );
    return r?.document;
  }
}

const HEX64 = /^[0-9a-f]{64}$/;

/** The id of a request for a registered operation: `{ "id": … }` or APQ's extension shape, without a query. */
export function persistedIdOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as {
    id?: unknown;
    query?: unknown;
    extensions?: { persistedQuery?: { sha256Hash?: unknown } };
  };
  if (typeof b.query === 'string' && b.query.length) return undefined;
  const id = b.id ?? b.extensions?.persistedQuery?.sha256Hash;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Registered operations at the gateway: a partner app may run its own by id; one marked
 * persisted-only runs nothing else (PERSISTED_QUERY_NOT_ALLOWED). Automatic persisted queries stay
 * off for everyone: an id that is not registered is PERSISTED_QUERY_NOT_FOUND, never learnt.
 * A client's mark is cached for seconds, documents (immutable: the id is their hash) for longer.
 */
export class PersistedOperations {
  private clients: LRUCache<string, PartnerClientInfo>;
  private documents: LRUCache<string, string>;
  private missing: LRUCache<string, true>;

  constructor(
    private source: PartnerSource,
    o: { clientTtlMs?: number } = {},
  ) {
    this.clients = new LRUCache({ max: 20_000, ttl: o.clientTtlMs ?? 10_000 });
    this.documents = new LRUCache({
      maxSize: 20_000_000,
      sizeCalculation: (d, k) => d.length + k.length,
      ttl: 3_600_000,
    });
    this.missing = new LRUCache({ max: 10_000, ttl: 2_000 });
  }

  private async info(p: Principal): Promise<PartnerClientInfo> {
    const key = `${p.tenantId}/${p.clientId}`;
    let info = this.clients.get(key);
    if (!info) {
      info = (await this.source.client(p.tenantId, p.clientId!)) ?? { persistedOnly: false };
      this.clients.set(key, info);
    }
    return info;
  }

  /**
   * Called once the token is verified. Answers the document to run for an id, nothing for an
   * ad-hoc operation that may run, and throws for what may not.
   */
  async resolve(p: Principal, id: string | undefined): Promise<string | undefined> {
    const partner = p.actor.kind === 'partner' && !!p.clientId;
    if (id === undefined) {
      if (partner && (await this.info(p)).persistedOnly)
        throw requestError(
          ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
          'this partner app runs registered operations only: send { "id": "<sha256 of the document>" }',
        );
      return undefined;
    }
    if (!partner || !HEX64.test(id))
      throw requestError(ErrorCode.PERSISTED_QUERY_NOT_FOUND, 'no registered operation with this id');
    const key = `${p.tenantId}/${p.clientId}/${id}`;
    let doc = this.documents.get(key);
    if (doc === undefined && !this.missing.has(key)) {
      doc = await this.source.document(p.tenantId, p.clientId!, id);
      if (doc === undefined) this.missing.set(key, true);
      else this.documents.set(key, doc);
    }
    if (doc === undefined)
      throw requestError(ErrorCode.PERSISTED_QUERY_NOT_FOUND, 'no registered operation with this id');
    return doc;
  }
}
