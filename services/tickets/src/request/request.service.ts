import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import {
  ConnectionShape,
  PageArgs,
  assertPropertyVisible,
  conflict,
  decodePage,
  notFound,
  toConnection,
  validationFailed,
} from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, addDays, dateIn, instantAt } from '@pm/time';
import { PropertyProjection, StaffProjection } from '../projection/projection.entities';
import { Ticket } from '../ticket/ticket.entity';
import { CustomerRequest, RequestChannel, RequestStatus } from './request.entity';
import { AnswerRequestInput, LogRequestInput } from './request.inputs';
import { requestCounts } from './request.queries';
import { outcomeProblems, periodProblems, replyRate, requestProblems } from './request.rules';
import { RequestReplyRate } from './request.types';

/** The requests register (诉求登记, R-TKT-13): every request, its handler, outcome and ticket. */
export class RequestService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async log(principal: Principal, input: LogRequestInput): Promise<CustomerRequest> {
    const now = this.clock.now();
    const problems = requestProblems(input, now);
    if (input.customerId && !isUuid(input.customerId))
      problems.push({ field: 'customerId', message: 'not an id' });
    if (problems.length) throw validationFailed('request is invalid', problems);
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    return this.db.tx(async (em) => {
      if (!(await em.findOne(PropertyProjection, { id: input.propertyId }))) throw notFound('property');
      const handlerId = await handlerOf(em, input.propertyId, input.handlerId, principal);
      const ticketId = await ticketOf(em, input.propertyId, input.ticketId);
      const outcome = input.outcome?.trim() || null;
      const r = em.create(CustomerRequest, {
        propertyId: input.propertyId,
        channel: input.channel,
        content: input.content.trim(),
        customerId: input.customerId ?? null,
        requester: input.requester?.trim() || null,
        receivedAt: input.receivedAt ?? now,
        handlerId,
        status: outcome ? RequestStatus.ANSWERED : RequestStatus.OPEN,
        outcome,
        answeredAt: outcome ? now : null,
        ticketId,
        loggedBy: principal.actor.id ?? null,
        createdAt: now,
      });
      await em.flush();
      return r;
    }, principal);
  }

  /** The outcome given to the customer; a request is answered once (CONFLICT after). */
  async answer(principal: Principal, input: AnswerRequestInput): Promise<CustomerRequest> {
    const problems = outcomeProblems(input.outcome);
    if (problems.length) throw validationFailed('outcome is invalid', problems);
    if (!isUuid(input.id)) throw notFound('request');
    return this.db.tx(async (em) => {
      const r = await em.findOne(CustomerRequest, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!r) throw notFound('request');
      if (r.status === RequestStatus.ANSWERED)
        throw conflict('the request was already answered', { answeredAt: r.answeredAt });
      if (input.ticketId) r.ticketId = await ticketOf(em, r.propertyId, input.ticketId);
      r.outcome = input.outcome.trim();
      r.status = RequestStatus.ANSWERED;
      r.answeredAt = this.clock.now();
      await em.flush();
      return r;
    }, principal);
  }

  /** The register of a property for local days `from`..`to`, oldest first. */
  async register(
    principal: Principal,
    propertyId: string,
    from: string,
    to: string,
    filter: { channel?: RequestChannel; open?: boolean },
    page: PageArgs,
  ): Promise<ConnectionShape<CustomerRequest>> {
    const { limit, afterId } = decodePage(page);
    const problems = periodProblems(from, to);
    if (problems.length) throw validationFailed('period is invalid', problems);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const { fromAt, toAt } = await window(em, propertyId, from, to);
      const where = {
        propertyId,
        receivedAt: { $gte: fromAt, $lt: toAt },
        ...(filter.channel ? { channel: filter.channel } : {}),
        ...(filter.open ? { status: RequestStatus.OPEN } : {}),
      };
      const rows = await em.find(CustomerRequest, afterId ? { ...where, id: { $gt: afterId } } : where, {
        orderBy: { id: 'asc' },
        limit: limit + 1,
      });
      return toConnection(rows, limit, await em.count(CustomerRequest, where));
    }, principal);
  }

  /** R-TKT-13: the share of the period's requests answered, against tickets.requestReplyRateMin. */
  async replyRate(
    principal: Principal,
    propertyId: string,
    from: string,
    to: string,
  ): Promise<RequestReplyRate> {
    const problems = periodProblems(from, to);
    if (problems.length) throw validationFailed('period is invalid', problems);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const { fromAt, toAt, tz } = await window(em, propertyId, from, to);
      const asOf = [to, dateIn(this.clock.now(), tz)].sort()[0];
      const target = Number(await policyValue(em, 'tickets.requestReplyRateMin', propertyId, asOf));
      const counts = await requestCounts(em, propertyId, fromAt, toAt);
      const sum = (k: 'requests' | 'answered' | 'ticketed') => counts.reduce((s, c) => s + c[k], 0);
      return {
        from,
        to,
        requests: sum('requests'),
        answered: sum('answered'),
        ticketed: sum('ticketed'),
        target,
        ...replyRate(sum('requests'), sum('answered'), target),
        byChannel: Object.values(RequestChannel).map((channel) => ({
          channel,
          requests: counts.find((c) => c.channel === channel)?.requests ?? 0,
        })),
      };
    }, principal);
  }
}

async function window(em: EntityManager, propertyId: string, from: string, to: string) {
  const property = await em.findOne(PropertyProjection, { id: propertyId });
  if (!property) throw notFound('property');
  const tz = property.timeZone;
  return { tz, fromAt: instantAt(from, tz), toAt: instantAt(addDays(to, 1), tz) };
}

/** The handler named (working on the property) or the caller's own staff record. */
async function handlerOf(
  em: EntityManager,
  propertyId: string,
  handlerId: string | undefined,
  principal: Principal,
): Promise<string | null> {
  if (!handlerId) {
    const me =
      principal.actor.id && isUuid(principal.actor.id)
        ? await em.findOne(StaffProjection, { userId: principal.actor.id }, { fields: ['id'] })
        : null;
    return me?.id ?? null;
  }
  const staff = isUuid(handlerId) ? await em.findOne(StaffProjection, { id: handlerId }) : null;
  if (!staff || !staff.propertyIds.includes(propertyId))
    throw validationFailed('unknown handler', [
      { field: 'handlerId', message: 'no staff member working on this property' },
    ]);
  return staff.id;
}

/** A linked ticket must be one of the property's (another site's or company's is unknown). */
async function ticketOf(em: EntityManager, propertyId: string, ticketId: string | undefined) {
  if (!ticketId) return null;
  const t = isUuid(ticketId)
    ? await em.findOne(Ticket, { id: ticketId }, { fields: ['id', 'propertyId'] })
    : null;
  if (!t || t.propertyId !== propertyId)
    throw validationFailed('unknown ticket', [
      { field: 'ticketId', message: 'not a ticket of this property' },
    ]);
  return t.id;
}
