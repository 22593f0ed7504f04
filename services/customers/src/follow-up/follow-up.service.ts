import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database, actorId } from '@pm/db';
import { assertPropertyVisible, conflict, notFound, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn, isCalendarDate } from '@pm/time';
import { Customer } from '../customer/customer.entity';
import { Occupancy } from '../occupancy/occupancy.entity';
import { findProperty, timeZoneOf } from '../property/property.service';
import { CommunityEvent, CustomerFollowUp, FollowUpKind } from './follow-up.entity';
import { RecordCommunityEventInput, RecordFollowUpVisitInput } from './follow-up.inputs';
import { eventSample, followUpCounts, followUpDueOn, followUpVisitProblems } from './follow-up.rules';
import { CommunityEventView, FollowUpReport } from './follow-up.types';

/**
 * R-VIS-2 beyond tickets: a new customer is visited within the policy months of moving in; a
 * community event's participants are visited, the policy share of them, within the policy months.
 */
export async function oweNewCustomerFollowUp(em: EntityManager, o: Occupancy): Promise<void> {
  // Only a customer's first move-in makes them new; a second unit is not a new customer.
  if ((await em.count(Occupancy, { customerId: o.customerId })) > 1) return;
  const months = await policyValue<number>(em, 'visits.newCustomerWithinMonths', o.propertyId, o.startDate);
  em.create(CustomerFollowUp, {
    propertyId: o.propertyId,
    kind: FollowUpKind.NEW_CUSTOMER,
    sourceId: o.id,
    customerId: o.customerId,
    dueOn: followUpDueOn(o.startDate, months),
  });
}

export class FollowUpService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  private async today(em: EntityManager, propertyId: string): Promise<string> {
    return dateIn(this.clock.now(), await timeZoneOf(em, propertyId));
  }

  /** R-VIS-2: the event and its participants; the sampled ones are owed a visit within the policy months. */
  async recordEvent(principal: Principal, input: RecordCommunityEventInput): Promise<CommunityEventView> {
    const name = input.name.trim();
    const problems = [];
    if (!name || name.length > 200) problems.push({ field: 'name', message: '1..200 characters' });
    if (!isCalendarDate(input.heldOn)) problems.push({ field: 'heldOn', message: 'YYYY-MM-DD' });
    if (!input.participantIds.length || input.participantIds.length > 5000)
      problems.push({ field: 'participantIds', message: '1..5000 participants' });
    else if (new Set(input.participantIds).size !== input.participantIds.length)
      problems.push({ field: 'participantIds', message: 'each participant once' });
    if (problems.length) throw validationFailed('community event is invalid (R-VIS-2)', problems);
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    return this.db.tx(async (em) => {
      if (!(await findProperty(em, input.propertyId))) throw notFound('property');
      if (input.heldOn > (await this.today(em, input.propertyId)))
        throw validationFailed('an event is recorded once held', [
          { field: 'heldOn', message: 'not in the future' },
        ]);
      const ids = input.participantIds;
      const known =
        ids.every(isUuid) &&
        (await em.count(Customer, { id: { $in: ids }, propertyId: input.propertyId })) === ids.length;
      if (!known)
        throw validationFailed('participants are customers of the property', [
          { field: 'participantIds', message: 'unknown customer' },
        ]);
      const [rate, months] = await Promise.all([
        policyValue<number>(em, 'visits.eventSampleRate', input.propertyId, input.heldOn),
        policyValue<number>(em, 'visits.eventWithinMonths', input.propertyId, input.heldOn),
      ]);
      const e = em.create(CommunityEvent, {
        propertyId: input.propertyId,
        name,
        heldOn: input.heldOn,
        participantIds: [...ids],
      });
      const followUps = eventSample(e.id, ids, rate).map((customerId) =>
        em.create(CustomerFollowUp, {
          propertyId: e.propertyId,
          kind: FollowUpKind.EVENT,
          sourceId: e.id,
          customerId,
          dueOn: followUpDueOn(e.heldOn, months),
        }),
      );
      await em.flush();
      return Object.assign(e, { followUps });
    }, principal);
  }

  /** The visit made, once; R-VIS-3 as for ticket visits. */
  async recordVisit(principal: Principal, input: RecordFollowUpVisitInput): Promise<CustomerFollowUp> {
    const notes = input.notes?.trim() || null;
    const problems = followUpVisitProblems(input);
    if (!isCalendarDate(input.visitedOn)) problems.push({ field: 'visitedOn', message: 'YYYY-MM-DD' });
    if (notes && notes.length > 2000) problems.push({ field: 'notes', message: 'at most 2000 characters' });
    if (problems.length) throw validationFailed('visit is invalid (R-VIS-2, R-VIS-3)', problems);
    if (!isUuid(input.followUpId)) throw notFound('follow-up');
    return this.db.tx(async (em) => {
      const f = await em.findOne(CustomerFollowUp, input.followUpId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (!f) throw notFound('follow-up');
      if (f.visitedOn) throw conflict('the follow-up visit is already recorded', { visitedOn: f.visitedOn });
      if (input.visitedOn > (await this.today(em, f.propertyId)))
        throw validationFailed('a visit is recorded once made', [
          { field: 'visitedOn', message: 'not in the future' },
        ]);
      Object.assign(f, {
        visitedOn: input.visitedOn,
        method: input.method,
        satisfaction: input.satisfaction,
        notes,
        visitedBy: actorId() ?? 'system',
      });
      await em.flush();
      return f;
    }, principal);
  }

  /** Follow-ups of a property due in [from, to] (property-local dates), with the counts per kind. */
  async report(principal: Principal, propertyId: string, from: string, to: string): Promise<FollowUpReport> {
    if (!isCalendarDate(from) || !isCalendarDate(to) || from > to)
      throw validationFailed('period is invalid', [{ field: 'from', message: 'YYYY-MM-DD, from ≤ to' }]);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      if (!(await findProperty(em, propertyId))) throw notFound('property');
      const today = await this.today(em, propertyId);
      const followUps = await em.find(
        CustomerFollowUp,
        { propertyId, dueOn: { $gte: from, $lte: to } },
        { orderBy: { dueOn: 'asc', id: 'asc' } },
      );
      const counts = (kind: FollowUpKind) => {
        const c = followUpCounts(
          followUps.filter((f) => f.kind === kind),
          today,
        );
        return { ...c, onTimeRate: c.due ? c.onTime / c.due : null };
      };
      return {
        followUps,
        events: counts(FollowUpKind.EVENT),
        newCustomers: counts(FollowUpKind.NEW_CUSTOMER),
      };
    }, principal);
  }
}
