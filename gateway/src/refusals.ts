import { LRUCache } from 'lru-cache';
import { rateLimited } from '@pm/graphql';

export interface RefusalLimits {
  /** Refused operations an address may send per window before it is refused unread. */
  perWindow: number;
  windowS: number;
  /** Addresses remembered at once (least recently seen forgotten first). */
  maxAddresses: number;
}

/**
 * Operations refused before planning (too complex, no valid token) are cheap, but not free, and
 * they come before any quota: without this a client could send them without end. Each address
 * gets `perWindow` refusals a window; past that its requests are answered RATE_LIMITED before
 * they are read. Kept in this replica's memory, bounded: the count is only a brake on what this
 * replica spends, and a Redis round trip for every refused request would cost more than it saves.
 */
export class RefusalLimiter {
  private readonly seen: LRUCache<string, { n: number; until: number }>;

  constructor(
    private readonly o: RefusalLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.seen = new LRUCache({ max: o.maxAddresses });
  }

  /** Throws RATE_LIMITED when the address has spent its refusals in this window. */
  check(address: string): void {
    const s = this.seen.get(address);
    if (!s || s.until <= this.now() || s.n < this.o.perWindow) return;
    const retryAfterS = Math.max(1, Math.ceil((s.until - this.now()) / 1000));
    throw rateLimited('too many refused operations from this address', retryAfterS, {
      quota: 'refusals',
      limit: this.o.perWindow,
      windowS: this.o.windowS,
    });
  }

  note(address: string): void {
    const now = this.now();
    const s = this.seen.get(address);
    if (!s || s.until <= now) this.seen.set(address, { n: 1, until: now + this.o.windowS * 1000 });
    else s.n++;
  }
}
