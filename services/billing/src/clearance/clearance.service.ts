import { Clock, dateIn } from '@pm/time';
import { EntityManager } from '@mikro-orm/postgresql';
import { Events } from '@pm/contracts';
import { publishInTx } from '@pm/events';
import { customerDebt } from '../arrears/arrears.service';
import { propertyTimeZone } from '../projection/projection.service';
import { ClearanceDecision } from './clearance.entity';

export interface MoveOutRequest {
  requestId: string;
  customerId: string;
  unitId: string;
  propertyId: string;
}

/**
 * R-BIL-9 / R-CUS-6: goods may leave only when management, water and electricity fees are
 * settled, so any unpaid amount of the customer (due or not) blocks the release pass. Decided
 * once per request; the decision is published as clearance.decided.
 */
export async function decideClearance(em: EntityManager, clock: Clock, r: MoveOutRequest): Promise<void> {
  if (await em.findOne(ClearanceDecision, r.requestId)) return;
  const today = dateIn(clock.now(), await propertyTimeZone(em, r.propertyId));
  const { owedFen, months } = await customerDebt(em, r.customerId, today);
  const cleared = owedFen <= 0;
  em.create(ClearanceDecision, {
    requestId: r.requestId,
    customerId: r.customerId,
    unitId: r.unitId,
    cleared,
    amountOwedFen: owedFen,
    monthsOwed: months,
  });
  await publishInTx(em, Events.clearanceDecided, {
    requestId: r.requestId,
    customerId: r.customerId,
    cleared,
    amountOwedFen: Math.max(0, owedFen),
    monthsOwed: months,
  });
}
