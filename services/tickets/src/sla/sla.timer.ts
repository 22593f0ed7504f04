import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Events, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { Logger, PlatformMetrics } from '@pm/observability';
import { systemContext } from '@pm/tenant-context';
import { Clock } from '@pm/time';
import { SlaDeadline, Ticket } from '../ticket/ticket.entity';
import { SlaState } from '../ticket/ticket.enums';
import { StaffProjection } from '../projection/projection.entities';
import { VisitTask } from '../visit/visit.entity';
import { tenantsWithDueWork } from './sla.queries';

/**
 * The durable timer: deadlines are rows, so nothing is lost on restart. Each tick finds the
 * tenants with something due, then per tenant locks due rows with FOR UPDATE SKIP LOCKED (two
 * replicas never take the same row) and, in one transaction, marks `breach_published_at` and
 * writes the outbox row: a breach is published exactly once.
 */
/**
 * Who answers for a breached deadline (R-APR-7): the assignee once the ticket is dispatched; before
 * that, the staff member who took the call or logged the ticket (it was theirs to pass on). A
 * ticket logged by a partner or the customer has nobody to cite.
 */
async function answerableStaff(em: EntityManager, ticketIds: string[]): Promise<Map<string, string>> {
  const tickets = await em.find(Ticket, { id: { $in: ticketIds } }, { fields: ['assigneeId', 'reporterId'] });
  const reporters = tickets.flatMap((t) =>
    !t.assigneeId && t.reporterId && isUuid(t.reporterId) ? [t.reporterId] : [],
  );
  const staffByUser = new Map(
    (reporters.length
      ? await em.find(StaffProjection, { userId: { $in: reporters } }, { fields: ['userId'] })
      : []
    ).map((s) => [s.userId, s.id]),
  );
  const out = new Map<string, string>();
  for (const t of tickets) {
    const staffId = t.assigneeId ?? (t.reporterId ? staffByUser.get(t.reporterId) : undefined);
    if (staffId) out.set(t.id, staffId);
  }
  return out;
}

export class SlaTimer {
  private handle?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private db: Database,
    private clock: Clock,
    private log: Logger,
    /** Breaches by deadline kind and missed visits are counted here once they committed. */
    private metrics?: PlatformMetrics,
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
      const kinds: string[] = [];
      let missedHere = 0;
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
        const responsible = await answerableStaff(
          em,
          due.map((d) => d.ticketId),
        );
        for (const d of due) {
          em.assign(d, { state: SlaState.BREACHED, breachPublishedAt: now });
          await publishInTx(em, Events.ticketSlaBreached, {
            ticketId: d.ticketId,
            propertyId: d.propertyId,
            rule: d.rule,
            kind: d.kind,
            dueAt: d.dueAt.toISOString(),
            responsibleStaffId: responsible.get(d.ticketId),
          });
          kinds.push(d.kind);
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
            responsibleStaffId: v.responsibleStaffId ?? undefined,
          });
          missedHere++;
        }
      }, ctx);
      // Counted after the commit: a rolled-back pass publishes nothing and counts nothing.
      breaches += kinds.length;
      missedVisits += missedHere;
      for (const kind of kinds) this.metrics?.add('pm_sla_breaches_total', 1, { kind });
      if (missedHere) this.metrics?.add('pm_visits_missed_total', missedHere);
    }
    return { breaches, missedVisits };
  }
}
