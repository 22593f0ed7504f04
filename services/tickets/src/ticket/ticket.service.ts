import { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@pm/contracts';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { ConnectionShape, PageArgs, assertPropertyVisible, decodePage, toConnection } from '@pm/graphql';
import { Clock } from '@pm/time';
import { loadVisible } from './ticket.changes';
import { SlaDeadline, Ticket, TicketEvent } from './ticket.entity';
import { TicketFilter } from './ticket.inputs';
import { TicketKind } from './ticket.enums';
import {
  decodeQueueCursor,
  queueCursor,
  repairQueuePage,
  ticketListPage,
  ticketListWhere,
} from './ticket.queries';

/** Reads of tickets: one by id, the filtered list, and the batches behind `_entities` and the ticket's lists. */
export class TicketService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async get(principal: Principal, id: string): Promise<Ticket | null> {
    return this.db.tx((em) => loadVisible(em, id), principal);
  }

  static byIds(em: EntityManager, ids: readonly string[]): Promise<Ticket[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? em.find(Ticket, { id: { $in: valid } }) : Promise.resolve([]);
  }

  async list(
    principal: Principal,
    filter: TicketFilter = {},
    page: PageArgs,
  ): Promise<ConnectionShape<Ticket>> {
    const { limit, afterId } = decodePage(page);
    if (filter.propertyId) assertPropertyVisible(principal, filter.propertyId);
    const where = ticketListWhere(principal, filter, this.clock.now());
    if (!where) return toConnection([], limit, 0);
    return this.db.tx(async (em) => {
      const { total, ids } = await ticketListPage(em, where, afterId, limit);
      const found = ids.length ? await em.find(Ticket, { id: { $in: ids } }, { orderBy: { id: 'asc' } }) : [];
      return toConnection(found, limit, total);
    }, principal);
  }

  /** The engineering work queue (see repairQueuePage), a page at a time by its own cursor. */
  async repairQueue(
    principal: Principal,
    filter: { propertyId?: string; assigneeId?: string },
    page: PageArgs,
  ): Promise<ConnectionShape<Ticket>> {
    const { limit } = decodePage({ first: page.first });
    const after = page.after ? decodeQueueCursor(page.after) : undefined;
    if (filter.propertyId) assertPropertyVisible(principal, filter.propertyId);
    const where = ticketListWhere(principal, { ...filter, kind: TicketKind.REPAIR }, this.clock.now());
    if (!where) return toConnection([], limit, 0);
    return this.db.tx(async (em) => {
      const { total, rows } = await repairQueuePage(em, where, after, limit);
      const shown = rows.slice(0, limit);
      const found = shown.length ? await em.find(Ticket, { id: { $in: shown.map((r) => r.id) } }) : [];
      const byId = new Map(found.map((t) => [t.id, t]));
      const edges = shown.flatMap((r) => {
        const node = byId.get(r.id);
        return node ? [{ cursor: queueCursor(r.dueKey, r.id), node }] : [];
      });
      return {
        edges,
        totalCount: total,
        pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      };
    }, principal);
  }

  static timelines(em: EntityManager, ids: readonly string[]) {
    return em.find(TicketEvent, { ticketId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
  }

  static deadlines(em: EntityManager, ids: readonly string[]) {
    return em.find(SlaDeadline, { ticketId: { $in: [...ids] } }, { orderBy: { dueAt: 'asc', id: 'asc' } });
  }
}
