import { Redis } from './redis';

/** A client's hash fields live as long as it is used; a company's hash goes a year after its last request. */
const KEEP_MS = 400 * 86_400_000;

export interface ClientUsage {
  requests: number;
  lastUsedAt: Date;
}

/**
 * Requests and last use per partner client, counted by the gateway and read by tenancy
 * (`partnerClients`). One Redis hash per company with two fields per client: bounded by the
 * clients the company ever had (only verified partner tokens are counted).
 */
export class PartnerUsage {
  constructor(
    private redis: Redis,
    private keyPrefix: string,
  ) {}

  private key = (tenantId: string) => `${this.keyPrefix}partner-usage:${tenantId}`;

  /** Fire and forget: a request never waits for, or fails on, its own count. */
  note(tenantId: string, clientId: string, now = Date.now()): void {
    const key = this.key(tenantId);
    this.redis
      .multi()
      .hIncrBy(key, `${clientId}|n`, 1)
      .hSet(key, `${clientId}|at`, String(now))
      .pExpire(key, KEEP_MS)
      .exec()
      .catch(() => undefined);
  }

  async read(tenantId: string): Promise<Map<string, ClientUsage>> {
    const all = await this.redis.hGetAll(this.key(tenantId));
    const out = new Map<string, ClientUsage>();
    for (const [field, value] of Object.entries(all)) {
      const [clientId, what] = field.split('|');
      const u = out.get(clientId) ?? { requests: 0, lastUsedAt: new Date(0) };
      if (what === 'n') u.requests = Number(value);
      else if (what === 'at') u.lastUsedAt = new Date(Number(value));
      out.set(clientId, u);
    }
    return out;
  }
}
