import { Events } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { Logger } from '@pm/observability';
import { systemContext } from '@pm/tenant-context';
import { Clock } from '@pm/time';
import { Notifier, TicketNotice } from '../notify/notifier';

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
    private notifier: Notifier,
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
    const tenants: { id: string }[] = await this.db.orm.em
      .fork()
      .getConnection()
      .execute('select t as id from tkt_due_tenants(?) t', [now]);
    let breaches = 0;
    let missedVisits = 0;
    for (const { id: tenantId } of tenants) {
      const ctx = systemContext(tenantId);
      const notices: TicketNotice[] = [];
      await this.db.tx(async (em) => {
        const due: {
          id: string;
          ticket_id: string;
          property_id: string;
          kind: string;
          rule: string;
          due_at: Date;
          assignee_id: string | null;
        }[] = await em.execute(
          `select d.id, d.ticket_id, d.property_id, d.kind, d.rule, d.due_at, t.assignee_id
               from sla_deadlines d join tickets t on t.id = d.ticket_id
              where d.breach_published_at is null and d.state in ('OPEN','BREACHED') and d.due_at <= ?
              order by d.due_at limit ? for update of d skip locked`,
          [now, this.batch],
        );
        for (const d of due) {
          await em.execute(
            `update sla_deadlines set state = 'BREACHED', breach_published_at = ? where id = ?`,
            [now, d.id],
          );
          await publishInTx(em, Events.ticketSlaBreached, {
            ticketId: d.ticket_id,
            propertyId: d.property_id,
            rule: d.rule,
            kind: d.kind,
            dueAt: new Date(d.due_at).toISOString(),
            responsibleStaffId: d.assignee_id ?? undefined,
          });
          notices.push({
            type: 'BREACHED',
            tenantId,
            ticketId: d.ticket_id,
            propertyId: d.property_id,
            rule: d.rule,
            dueAt: new Date(d.due_at).toISOString(),
          });
          breaches++;
        }
        const missed: { id: string; ticket_id: string; property_id: string; due_at: Date }[] =
          await em.execute(
            `select id, ticket_id, property_id, due_at from visit_tasks
            where missed_published_at is null and status = 'OPEN' and due_at <= ?
            order by due_at limit ? for update skip locked`,
            [now, this.batch],
          );
        for (const v of missed) {
          await em.execute(`update visit_tasks set status = 'MISSED', missed_published_at = ? where id = ?`, [
            now,
            v.id,
          ]);
          await publishInTx(em, Events.visitMissed, {
            visitTaskId: v.id,
            ticketId: v.ticket_id,
            propertyId: v.property_id,
            dueAt: new Date(v.due_at).toISOString(),
          });
          notices.push({
            type: 'VISIT_MISSED',
            tenantId,
            ticketId: v.ticket_id,
            propertyId: v.property_id,
            dueAt: new Date(v.due_at).toISOString(),
          });
          missedVisits++;
        }
      }, ctx);
      for (const n of notices) await this.notifier.notify(n);
    }
    return { breaches, missedVisits };
  }
}
