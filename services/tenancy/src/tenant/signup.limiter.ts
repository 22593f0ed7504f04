import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { Redis, rateLimited } from '@pm/graphql';

export interface SignUpLimits {
  /** Sign-ups per client address per minute (the address the gateway took from its trusted proxy). */
  perAddressPerMinute: number;
  /** Sign-ups per Keycloak cell per minute, all addresses together: each one creates a realm there. */
  perCellPerMinute: number;
  keyPrefix: string;
}

/**
 * The public sign-up's limits, in Redis so every tenancy replica counts the same; while Redis
 * is unreachable each falls back to this replica's memory.
 */
export class SignUpLimiter {
  private address: RateLimiterRedis;
  private cell: RateLimiterRedis;

  constructor(redis: Redis, o: SignUpLimits) {
    const make = (name: string, points: number) =>
      new RateLimiterRedis({
        storeClient: redis,
        useRedisPackage: true,
        keyPrefix: `${o.keyPrefix}signup:${name}`,
        points,
        duration: 60,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ points, duration: 60 }),
      });
    this.address = make('address', o.perAddressPerMinute);
    this.cell = make('cell', o.perCellPerMinute);
  }

  admitAddress(ip: string): Promise<void> {
    return take(this.address, ip, 'too many sign-ups from this address; try again in a minute', 'address');
  }

  admitCell(cell: string): Promise<void> {
    return take(this.cell, cell, 'too many sign-ups right now; try again in a minute', 'cell');
  }
}

async function take(limiter: RateLimiterRedis, key: string, message: string, quota: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    throw rateLimited(message, Math.max(1, Math.ceil(e.msBeforeNext / 1000)), {
      quota: `sign-ups per ${quota}`,
      measured: e.consumedPoints,
      max: limiter.points,
      windowS: 60,
    });
  }
}
