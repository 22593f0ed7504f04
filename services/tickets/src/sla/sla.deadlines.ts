import { EntityManager } from '@mikro-orm/postgresql';
import { SlaDeadline, Ticket } from '../ticket/ticket.entity';
import { SlaState } from '../ticket/ticket.enums';
import { DeadlineSpec, stateWhenReached } from './sla.rules';

/** A ticket's deadlines as rows (`sla_deadlines`): what `SlaTimer` watches and the KPIs count. */
export async function addDeadlines(em: EntityManager, t: Ticket, specs: DeadlineSpec[]): Promise<void> {
  for (const s of specs)
    em.create(SlaDeadline, {
      ticketId: t.id,
      propertyId: t.propertyId,
      kind: s.kind,
      rule: s.rule,
      dueAt: s.dueAt,
      createdAt: t.createdAt,
    });
  await em.flush();
}

/** Open deadlines of these kinds are reached now: met on time, breached (the timer publishes) if late. */
export async function reach(em: EntityManager, t: Ticket, kinds: string[], at: Date): Promise<void> {
  const open = await em.find(SlaDeadline, { ticketId: t.id, kind: { $in: kinds }, metAt: null });
  for (const d of open) {
    d.metAt = at;
    if (d.state === SlaState.OPEN) d.state = stateWhenReached(d.dueAt, at) as SlaState;
  }
  await em.flush();
}

/** Deadlines not yet due when a ticket closes can no longer be met; past-due ones stay for the timer. */
export async function cancelOpen(em: EntityManager, t: Ticket, now: Date): Promise<void> {
  const open = await em.find(SlaDeadline, { ticketId: t.id, state: SlaState.OPEN, dueAt: { $gt: now } });
  for (const d of open) d.state = SlaState.CANCELLED;
  await em.flush();
}
