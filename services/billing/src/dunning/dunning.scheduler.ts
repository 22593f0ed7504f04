import { Database } from '@pm/db';
import { Logger } from '@pm/observability';
import { systemContext } from '@pm/tenant-context';
import { Clock, dateIn, DEFAULT_TIME_ZONE } from '@pm/time';
import { BillingTenant } from '../projection/projection.entity';
import { DunningService } from './dunning.service';

/** Runs generateDunning(today) for every tenant billing has seen, every `pollMs` (0 = off). */
export class DunningScheduler {
  private timer?: NodeJS.Timeout;
  private busy = false;
  private running?: Promise<number>;

  constructor(
    private db: Database,
    private dunning: DunningService,
    private clock: Clock,
    private log: Logger,
    private pollMs: number,
  ) {}

  start() {
    if (this.pollMs > 0) this.timer = setInterval(() => (this.running = this.tick()), this.pollMs);
  }

  /** Stops polling and waits for a pass in progress, so no round is half-written at shutdown. */
  async stop() {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async tick(): Promise<number> {
    if (this.busy) return 0;
    this.busy = true;
    let rounds = 0;
    try {
      const tenants = await this.db.platformTx((em) => em.find(BillingTenant, {}));
      const today = dateIn(this.clock.now(), DEFAULT_TIME_ZONE);
      for (const t of tenants) {
        try {
          rounds += (await this.dunning.generateDunning(systemContext(t.id), today)).roundsCreated;
        } catch (e) {
          this.log.error('dunning failed for a tenant', { tenantId: t.id, err: e as Error });
        }
      }
    } finally {
      this.busy = false;
    }
    return rounds;
  }
}
