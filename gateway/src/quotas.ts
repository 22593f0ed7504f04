import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { Principal } from '@pm/auth';
import { Redis, rateLimited } from '@pm/graphql';

/** Quotas of a deployment (gateway config.ts): per window, shared by every gateway replica. */
export interface QuotaConfig {
  quotaWindowS: number;
  tenantRequests: number;
  tenantCost: number;
  userRequests: number;
  userCost: number;
  partnerRequests: number;
  partnerCost: number;
  tenantInFlight: number;
  redisKeyPrefix: string;
}

interface Quota {
  name: string;
  limiter: RateLimiterRedis;
  key: (p: Principal) => string;
  points: (cost: number) => number;
}

/** INCR with a safety expiry (a replica that dies holding slots frees them); DECR again when over. */
const ACQUIRE = `local n = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if n > tonumber(ARGV[1]) then redis.call('DECR', KEYS[1]) return -1 end
return n`;
/** Longest a slot may be held before Redis forgets it: beyond any request's deadline. */
const SLOT_TTL_MS = 120_000;

/**
 * Request rate and cost budget per tenant and per user or partner client, and a cap on a
 * tenant's operations in flight, counted in Redis so that they hold across replicas. While Redis
 * is unreachable each quota falls back to a memory limiter of this replica (rate-limiter-flexible's
 * insurance) and the in-flight cap to a local count.
 */
export class Quotas {
  private quotas: Quota[];
  private local = new Map<string, number>();

  constructor(
    private redis: Redis,
    private c: QuotaConfig,
  ) {
    const make = (name: string, points: number) =>
      new RateLimiterRedis({
        storeClient: redis,
        useRedisPackage: true,
        keyPrefix: `${c.redisKeyPrefix}quota:${name}`,
        points,
        duration: c.quotaWindowS,
        rejectIfRedisNotReady: true,
        // A key past its quota is refused from this replica's memory until its window ends: a
        // client that keeps sending costs no Redis round trip per refusal.
        inMemoryBlockOnConsumed: points,
        insuranceLimiter: new RateLimiterMemory({ points, duration: c.quotaWindowS }),
      });
    const tenant = (p: Principal) => p.tenantId;
    const actor = (p: Principal) => `${p.tenantId}:${p.actor.kind === 'partner' ? p.clientId : p.actor.id}`;
    const one = () => 1;
    const cost = (n: number) => n;
    this.quotas = [
      {
        name: 'tenant requests',
        limiter: make('tenant-requests', c.tenantRequests),
        key: tenant,
        points: one,
      },
      { name: 'tenant cost', limiter: make('tenant-cost', c.tenantCost), key: tenant, points: cost },
      { name: 'user requests', limiter: make('user-requests', c.userRequests), key: actor, points: one },
      { name: 'user cost', limiter: make('user-cost', c.userCost), key: actor, points: cost },
      {
        name: 'partner requests',
        limiter: make('partner-requests', c.partnerRequests),
        key: actor,
        points: one,
      },
      { name: 'partner cost', limiter: make('partner-cost', c.partnerCost), key: actor, points: cost },
    ];
  }

  /** Counts the operation against every quota of its caller; RATE_LIMITED names the longest wait. */
  async admit(p: Principal, cost: number): Promise<() => void> {
    const kind = p.actor.kind === 'partner' ? 'partner' : 'user';
    const mine = this.quotas.filter((q) => q.name.startsWith('tenant') || q.name.startsWith(kind));
    // The in-flight slot is taken beside the quotas (one round trip, pipelined) and given back if
    // a quota refuses.
    const [results, slot] = await Promise.all([
      Promise.allSettled(
        mine.map((q) => q.limiter.consume(q.key(p), Math.max(1, Math.ceil(q.points(cost))))),
      ),
      this.acquire(p.tenantId).then(
        (release) => ({ release }),
        (error: unknown) => ({ error }),
      ),
    ]);
    let worst: { q: Quota; res: RateLimiterRes } | undefined;
    results.forEach((r, i) => {
      if (r.status === 'rejected' && r.reason instanceof RateLimiterRes)
        if (!worst || r.reason.msBeforeNext > worst.res.msBeforeNext) worst = { q: mine[i], res: r.reason };
    });
    if (worst) {
      if ('release' in slot) slot.release();
      throw rateLimited(
        `${worst.q.name} quota spent; try again later`,
        Math.max(1, Math.ceil(worst.res.msBeforeNext / 1000)),
        {
          quota: worst.q.name,
          measured: worst.res.consumedPoints,
          max: worst.q.limiter.points,
          windowS: this.c.quotaWindowS,
        },
      );
    }
    if ('error' in slot) throw slot.error;
    return slot.release;
  }

  private async acquire(tenantId: string): Promise<() => void> {
    const key = `${this.c.redisKeyPrefix}inflight:${tenantId}`;
    const max = this.c.tenantInFlight;
    let n: number;
    try {
      n = Number(
        await this.redis.eval(ACQUIRE, { keys: [key], arguments: [String(max), String(SLOT_TTL_MS)] }),
      );
    } catch {
      const local = (this.local.get(tenantId) ?? 0) + 1;
      if (local > max) throw this.busy(max);
      this.local.set(tenantId, local);
      return () => {
        const left = (this.local.get(tenantId) ?? 1) - 1;
        if (left > 0) this.local.set(tenantId, left);
        else this.local.delete(tenantId);
      };
    }
    if (n < 0) throw this.busy(max);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.redis.decr(key).catch(() => undefined);
    };
  }

  private busy(max: number) {
    return rateLimited('too many operations of this company in flight; try again shortly', 1, {
      quota: 'tenant in flight',
      measured: max + 1,
      max,
    });
  }
}
