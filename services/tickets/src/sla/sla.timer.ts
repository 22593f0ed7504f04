import { LockMode } from '@mikro-orm/postgresql';
import { Events } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { Logger } from '@pm/observability';
import { systemContext } from '@pm/tenant-context';
import { Clock } from '@pm/time';
import { SlaDeadline, Ticket } from '../ticket/ticket.entity';
import { SlaState } from '../ticket/ticket.enums';
import { VisitTask } from '../visit/visit.entity';
import { tenantsWithDueWork } from './sla.queries';

/**
 * The durable timer: deadlines are rows, so nothing is lost on restart. Each tick finds the
 * tenants with something due, then per tenant locks due rows with FOR UPDATE SKIP LOCKED (two
 * replicas never take the same row) and, in one transaction, marks `breach_published_at` and
 * writes the outbox row: a breach is published exactly once.
 */
export class SlaTimer {
  private handle?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private db: Database,
    private clock: Clock,
    private log: Logger,
    private batch = 100,
  ) {}

  start(intervalMs: number): void {
    if (intervalMs <= 0) return;
    const loop = () => {
      if (this.stopped) return;
      this.running = this.tick()
        .catch((e) => this.log.error('sla timer tick failed', { err: e as Error }))
        .finally(() => {
          if (!this.stopped) this.handle = setTimeout(loop, intervalMs);
        });
    };
    this.handle = setTimeout(loop, intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    await this.running;
  }

  /** One pass; returns how many breaches and missed visits it published. */
  async tick(): Promise<{ breaches: number; missedVisits: number }> {
    const now = this.clock.now();
    const tenants = await this.db.platformTx((em) => tenantsWithDueWork(em, now));
    let breaches = 0;
    let missedVisits = 0;
    for (const tenantId of tenants) {
      const ctx = systemContext(tenantId);
      await this.db.tx(async (em) => {
        const due = await em.find(
          SlaDeadline,
          {
            breachPublishedAt: null,
            state: { $in: [SlaState.OPEN, SlaState.BREACHED] },
            dueAt: { $lte: now },
          },
          { orderBy: { dueAt: 'asc' }, limit: this.batch, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
        );
        const assignees = new Map(
          (
            await em.find(Ticket, { id: { $in: due.map((d) => d.ticketId) } }, { fields: ['assigneeId'] })
          ).map((t) => [t.id, t.assigneeId]),
        );
        for (const d of due) {
          em.assign(d, { state: SlaState.BREACHED, breachPublishedAt: now });
          await publishInTx(em, Events.ticketSlaBreached, {
            ticketId: d.ticketId,
            propertyId: d.propertyId,
            rule: d.rule,
            kind: d.kind,
            dueAt: d.dueAt.toISOString(),
            responsibleStaffId: assignees.get(d.ticketId) ?? undefined,
          });
          breaches++;
        }
        const missed = await em.find(
          VisitTask,
          { missedPublishedAt: null, status: 'OPEN', dueAt: { $lte: now } },
          { orderBy: { dueAt: 'asc' }, limit: this.batch, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
        );
        for (const v of missed) {
          em.assign(v, { status: 'MISSED', missedPublishedAt: now });
          await publishInTx(em, Events.visitMissed, {
            visitTaskId: v.id,
            ticketId: v.ticketId,
            propertyId: v.propertyId,
            dueAt: v.dueAt.toISOString(),
          });
          missedVisits++;
        }
      }, ctx);
    }
    return { breaches, missedVisits };
  }
}
