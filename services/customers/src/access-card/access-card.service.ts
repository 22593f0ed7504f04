import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { conflict, notFound, validationFailed } from '@pm/graphql';

import { visibleCustomer } from '../customer/customer.service';
import { visibleOccupancy } from '../household/household.service';
import { Sublet } from '../moveout/moveout.entity';
import { Occupancy } from '../occupancy/occupancy.entity';
import { AccessCard } from './access-card.entity';
import { IssueAccessCardInput } from './access-card.inputs';
import { cardProblems, cardReturnProblems, mayHoldCard, normaliseCardNumber } from './access-card.rules';

/** The one message for a number another active card of the property holds. */
export const duplicateCard = (e: unknown) => {
  if (e instanceof UniqueConstraintViolationException && String(e.message).includes('access_cards'))
    return conflict('an active card of this property already has this number (R-CUS-8)');
  return e;
};

/**
 * R-CUS-8: issues a card on the occupancy to its customer or a lessee of the unit; the caller
 * flushes (a duplicate number fails there, see duplicateCard).
 */
export async function issueCard(
  em: EntityManager,
  principal: Principal,
  o: Occupancy,
  holderId: string,
  cardNumber: string,
  issuedOn: string,
): Promise<AccessCard> {
  const problems = cardProblems(cardNumber, issuedOn);
  if (problems.length) throw validationFailed('access card is invalid', problems);
  if (o.endDate)
    throw validationFailed('access card is invalid', [
      { field: 'occupancyId', message: `the occupancy ended on ${o.endDate}` },
    ]);
  const sublets = await em.find(Sublet, { unitId: o.unitId, ownerId: o.customerId });
  if (
    !mayHoldCard({
      holderId,
      occupancyCustomerId: o.customerId,
      occupancyKind: o.kind,
      sublets,
      on: issuedOn,
    })
  )
    throw validationFailed('access card is invalid', [
      { field: 'customerId', message: 'the occupancy’s customer or a lessee of the unit on that day' },
    ]);
  return em.create(AccessCard, {
    occupancyId: o.id,
    customerId: holderId,
    propertyId: o.propertyId,
    cardNumber: normaliseCardNumber(cardNumber),
    issuedOn,
    issuedBy: principal.actor.id ?? 'unknown',
  });
}

export class AccessCardService {
  constructor(private db: Database) {}

  async issue(principal: Principal, input: IssueAccessCardInput): Promise<AccessCard> {
    try {
      return await this.db.tx(async (em) => {
        const o = await visibleOccupancy(em, input.occupancyId);
        const holder = input.customerId ? (await visibleCustomer(em, input.customerId)).id : o.customerId;
        const card = await issueCard(em, principal, o, holder, input.cardNumber, input.issuedOn);
        await em.flush();
        return card;
      }, principal);
    } catch (e) {
      throw duplicateCard(e);
    }
  }

  /** The card comes back; its number is free for another card of the property. */
  async returnCard(principal: Principal, cardId: string, returnedOn: string): Promise<AccessCard> {
    if (!isUuid(cardId)) throw notFound('access card');
    return this.db.tx(async (em) => {
      const c = await em.findOne(AccessCard, cardId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!c) throw notFound('access card');
      if (c.returnedOn) throw conflict(`the card was returned on ${c.returnedOn}`);
      const problems = cardReturnProblems(c.issuedOn, returnedOn);
      if (problems.length) throw validationFailed('card return is invalid', problems);
      c.returnedOn = returnedOn;
      c.returnedBy = principal.actor.id ?? 'unknown';
      return c;
    }, principal);
  }

  async forOccupancy(principal: Principal, occupancyId: string): Promise<AccessCard[]> {
    return this.db.tx(
      (em) => em.find(AccessCard, { occupancyId }, { orderBy: { issuedOn: 'asc', id: 'asc' } }),
      principal,
    );
  }

  async forCustomer(principal: Principal, customerId: string): Promise<AccessCard[]> {
    return this.db.tx(
      (em) => em.find(AccessCard, { customerId }, { orderBy: { issuedOn: 'asc', id: 'asc' } }),
      principal,
    );
  }
}
