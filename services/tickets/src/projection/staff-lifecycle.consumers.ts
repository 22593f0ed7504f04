import { EntityManager } from '@mikro-orm/postgresql';
import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { requireTenant } from '@pm/tenant-context';
import { Ticket } from '../ticket/ticket.entity';
import { TicketStatus } from '../ticket/ticket.enums';
import { recordEvent } from '../ticket/ticket.changes';
import { StaffProjection } from './projection.entities';

/** Assigned and not yet done: what a person who leaves (or leaves a site) hands back. */
const HELD = [TicketStatus.DISPATCHED, TicketStatus.ON_SITE];

/**
 * Back to OPEN without an assignee, timeline `RELEASED`, so the desk dispatches it again; the
 * SLA deadlines keep running (they are the customer's, not the assignee's).
 */
async function release(
  em: EntityManager,
  staffId: string,
  at: Date,
  note: string,
  keep: (t: Ticket) => boolean = () => false,
): Promise<void> {
  const held = await em.find(Ticket, { assigneeId: staffId, status: { $in: HELD } });
  for (const t of held) {
    if (keep(t)) continue;
    t.assigneeId = undefined;
    t.status = TicketStatus.OPEN;
    recordEvent(em, t, 'RELEASED', requireTenant(), at, note);
  }
  await em.flush();
}

/** `staff.left` (R-PLT-2): the person can no longer be dispatched; their open tickets are released. */
export const staffLeftHandler: EventHandler<(typeof Events.staffLeft)['shape']> = {
  name: 'tickets.staff-left',
  contract: Events.staffLeft,
  async handle(em, p) {
    const leftAt = new Date(p.leftAt);
    const staff = await em.findOne(StaffProjection, { id: p.staffId });
    if (staff) staff.leftAt = leftAt;
    await release(em, p.staffId, leftAt, 'assignee left the company');
  },
};

/**
 * `staff.changed`: the projection follows; tickets on properties the person no longer works on
 * are released.
 */
export const staffChangedHandler: EventHandler<(typeof Events.staffChanged)['shape']> = {
  name: 'tickets.staff-changed',
  contract: Events.staffChanged,
  async handle(em, p, envelope) {
    await em.upsert(
      StaffProjection,
      {
        id: p.staffId,
        userId: p.userId,
        name: p.name,
        roles: p.roles,
        propertyIds: p.propertyIds,
        managerId: p.managerId ?? undefined,
      },
      { onConflictMergeFields: ['name', 'roles', 'propertyIds', 'managerId'] },
    );
    await release(
      em,
      p.staffId,
      new Date(envelope.occurredAt),
      'assignee no longer works on this property',
      (t) => p.propertyIds.includes(t.propertyId),
    );
  },
};
