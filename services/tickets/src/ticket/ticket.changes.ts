import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Events, isUuid } from '@pm/contracts';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { TenantContext } from '@pm/tenant-context';
import { Clock, dateIn } from '@pm/time';
import { PropertyProjection, UnitProjection, zoneOf } from '../projection/projection.entities';
import { addDeadlines, reach } from '../sla/sla.deadlines';
import { MET_BY, deadlinesOnCreate, loadSlaPolicy } from '../sla/sla.rules';
import { Ticket, TicketEvent } from './ticket.entity';
import { TicketStatus } from './ticket.enums';
import { Problem } from './ticket.rules';

/** What an intake built inside the creation transaction, and the facts its deadlines depend on. */
export interface NewTicket {
  t: Ticket;
  facts: { listed: boolean; escalated?: boolean };
  /** The timeline action of the creation (REPORTED, FILED, ANSWERED, ESCALATED, FOUND). */
  action: string;
}

/**
 * The two transaction shapes every ticket write takes: `create` (scope, property, deadlines,
 * timeline, ticket.created) and `change` (load a visible ticket, change it, flush).
 */
export class TicketChanges {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** Shared creation path: scope, property, deadlines, timeline, ticket.created (and .escalated) — one transaction. */
  async create(
    principal: Principal,
    propertyId: string,
    problems: Problem[],
    build: (em: EntityManager, tz: string) => Promise<NewTicket>,
  ): Promise<Ticket> {
    assertPropertyVisible(principal, propertyId);
    if (problems.length) throw validationFailed('ticket is invalid', problems);
    return this.db.tx((em) => createTicketIn(em, principal, propertyId, build), principal);
  }

  /**
   * Loads a ticket the caller may see (else NOT_FOUND) under a row lock, applies `fn` at the
   * clock's now in the property's zone. The lock serialises transitions: of two completions sent
   * together, the second sees the first's status, so ticket.completed is published once.
   */
  async change(
    principal: Principal,
    id: string,
    fn: (em: EntityManager, t: Ticket, now: Date, tz: string) => Promise<void>,
  ): Promise<Ticket> {
    return this.db.tx(async (em) => {
      const t = isUuid(id)
        ? await em.findOne(Ticket, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!t) throw notFound('ticket');
      await fn(em, t, this.clock.now(), await zoneOf(em, t.propertyId));
      await em.flush();
      return t;
    }, principal);
  }
}

/**
 * `TicketChanges.create` inside a transaction the caller holds, for a write that opens tickets
 * along with its own rows (R-TKT-16: a vacant-unit cleaning and the repairs it found, or none).
 * The caller has checked the property is visible and the input valid.
 */
export async function createTicketIn(
  em: EntityManager,
  principal: Principal,
  propertyId: string,
  build: (em: EntityManager, tz: string) => Promise<NewTicket>,
): Promise<Ticket> {
  const property = isUuid(propertyId) ? await em.findOne(PropertyProjection, { id: propertyId }) : null;
  if (!property) throw notFound('property');
  const tz = property.timeZone;
  const { t, facts, action } = await build(em, tz);
  const now = t.createdAt;
  const policy = await loadSlaPolicy(em, propertyId, dateIn(now, tz));
  const specs = deadlinesOnCreate(
    {
      kind: t.kind,
      calledAt: t.calledAt,
      createdAt: now,
      priority: t.priority,
      appointmentAt: t.appointmentAt,
      publicArea: t.publicArea,
      listed: facts.listed,
      category: t.category,
      escalated: facts.escalated,
      hasCustomer: !!t.customerId,
    },
    policy,
    tz,
  );
  await addDeadlines(em, t, specs);
  await addEvent(em, t, action, principal, now);
  // The order exists now: R-TKT-1 "order filled" is reached at creation.
  await reach(em, t, ['ORDER_FILLED'], now);
  if (t.status === TicketStatus.COMPLETED) await reach(em, t, MET_BY.COMPLETED, now);
  await publishCreated(em, t);
  if (t.escalated) await publishEscalated(em, t);
  if (t.status === TicketStatus.COMPLETED) await publishClosed(em, t);
  return t;
}

/** Another tenant's or another site's ticket is not found (tenant and site filters). */
export function loadVisible(em: EntityManager, id: string): Promise<Ticket | null> {
  return isUuid(id) ? em.findOne(Ticket, { id }) : Promise.resolve(null);
}

/** A unit given at intake must be one of the property's (from `unit.created`). */
export async function checkUnit(em: EntityManager, propertyId: string, unitId?: string): Promise<void> {
  if (!unitId) return;
  const unit = isUuid(unitId) ? await em.findOne(UnitProjection, { id: unitId }) : null;
  if (!unit || unit.propertyId !== propertyId)
    throw validationFailed('unknown unit', [{ field: 'unitId', message: 'not a unit of this property' }]);
}

/** A timeline entry (R-TKT-11) with the ticket's status after the change; flushed with the unit of work. */
export function recordEvent(
  em: EntityManager,
  t: Ticket,
  action: string,
  ctx: TenantContext,
  at: Date,
  note?: string,
): TicketEvent {
  return em.create(TicketEvent, {
    ticketId: t.id,
    action,
    status: t.status,
    actorKind: ctx.actor.kind,
    actorId: ctx.actor.id,
    at,
    note,
    createdAt: at,
  });
}

/** `recordEvent`, flushed at once. */
export async function addEvent(...args: Parameters<typeof recordEvent>): Promise<void> {
  recordEvent(...args);
  await args[0].flush();
}

/** A visit raised the issue again (R-VIS-4): the ticket is open again, timeline `REOPENED`. */
export function reopen(em: EntityManager, t: Ticket, ctx: TenantContext, now: Date, note: string): void {
  t.status = TicketStatus.OPEN;
  t.closedAt = undefined;
  t.completedAt = undefined;
  recordEvent(em, t, 'REOPENED', ctx, now, note);
}

export async function publishCreated(em: EntityManager, t: Ticket): Promise<void> {
  await publishInTx(em, Events.ticketCreated, {
    ticketId: t.id,
    propertyId: t.propertyId,
    kind: t.kind,
    unitId: t.unitId,
    customerId: t.customerId,
  });
}

/** Leadership is told through the event (webhooks deliver it to the company's own systems). */
export async function publishEscalated(em: EntityManager, t: Ticket): Promise<void> {
  await publishInTx(em, Events.ticketEscalated, { ticketId: t.id, propertyId: t.propertyId, kind: t.kind });
}

export async function publishClosed(em: EntityManager, t: Ticket): Promise<void> {
  await publishInTx(em, Events.ticketClosed, {
    ticketId: t.id,
    propertyId: t.propertyId,
    kind: t.kind,
    customerId: t.customerId,
    closedAt: (t.closedAt ?? t.createdAt).toISOString(),
  });
}
