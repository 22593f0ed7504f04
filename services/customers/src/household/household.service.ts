import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { conflict, notFound, validationFailed } from '@pm/graphql';

import { Occupancy } from '../occupancy/occupancy.entity';
import { HouseholdMemberRecord } from './household.entity';
import { AddHouseholdMemberInput } from './household.inputs';
import { departureProblems, memberProblems } from './household.rules';

/** An occupancy the caller may see (tenant and site filters), or NOT_FOUND. */
export async function visibleOccupancy(em: EntityManager, id: string): Promise<Occupancy> {
  const o = isUuid(id) ? await em.findOne(Occupancy, id) : null;
  if (!o) throw notFound('occupancy');
  return o;
}

export class HouseholdService {
  constructor(private db: Database) {}

  /** R-CUS-8: a member joins the household of a current occupancy. */
  async add(principal: Principal, input: AddHouseholdMemberInput): Promise<HouseholdMemberRecord> {
    const problems = memberProblems(input);
    if (problems.length) throw validationFailed('household member is invalid', problems);
    return this.db.tx(async (em) => {
      const o = await visibleOccupancy(em, input.occupancyId);
      if (o.endDate)
        throw validationFailed('household member is invalid', [
          { field: 'occupancyId', message: `the occupancy ended on ${o.endDate}` },
        ]);
      return em.create(HouseholdMemberRecord, {
        occupancyId: o.id,
        propertyId: o.propertyId,
        name: input.name.trim(),
        relation: input.relation.trim(),
        phone: input.phone?.trim() || null,
        since: input.since,
        recordedBy: principal.actor.id ?? 'unknown',
      });
    }, principal);
  }

  /** R-CUS-8: a member leaves; the record is closed, not deleted, so the history stays. */
  async remove(principal: Principal, memberId: string, until: string): Promise<HouseholdMemberRecord> {
    if (!isUuid(memberId)) throw notFound('household member');
    return this.db.tx(async (em) => {
      const m = await em.findOne(HouseholdMemberRecord, memberId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!m) throw notFound('household member');
      if (m.until) throw conflict(`the member left on ${m.until}`);
      const problems = departureProblems(m.since, until);
      if (problems.length) throw validationFailed('household change is invalid', problems);
      m.until = until;
      m.removedBy = principal.actor.id ?? 'unknown';
      return m;
    }, principal);
  }

  /** Every member the household has had, current and past, in order of arrival. */
  async forOccupancy(principal: Principal, occupancyId: string): Promise<HouseholdMemberRecord[]> {
    return this.db.tx(
      (em) =>
        em.find(
          HouseholdMemberRecord,
          { occupancyId },
          { orderBy: { since: 'asc', createdAt: 'asc', id: 'asc' } },
        ),
      principal,
    );
  }
}
