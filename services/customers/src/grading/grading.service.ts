import { EntityManager } from '@mikro-orm/postgresql';

import { policyValue } from '@pm/policy';
import { Customer } from '../customer/customer.entity';
import { Occupancy } from '../occupancy/occupancy.entity';
import { timeZoneOf } from '../property/property.service';
import { potentialFor, segmentFor } from './grading.rules';
import { dateIn, monthsBetween } from '@pm/time';

/** Recomputes a customer's segment and potential from occupancies, payments and tickets (R-CUS-2). */
export async function recomputeSegment(em: EntityManager, c: Customer, now: Date): Promise<void> {
  const first = await em.findOne(Occupancy, { customerId: c.id }, { orderBy: { startDate: 'asc' } });
  const today = dateIn(now, await timeZoneOf(em, c.propertyId));
  const p = (k: string) => policyValue<number>(em, k, null, today);
  c.segment = segmentFor(
    {
      tenureMonths: first ? Math.max(0, monthsBetween(first.startDate, today)) : null,
      paidBills: c.paidBills,
      paidOnTime: c.paidOnTime,
      paidFen: c.paidFen,
    },
    {
      newMaxTenureMonths: await p('customers.gradeNewMaxTenureMonths'),
      regularMinPaidBills: await p('customers.gradeRegularMinPaidBills'),
      regularMinPaidFen: await p('customers.gradeRegularMinPaidFen'),
      loyalMinTenureMonths: await p('customers.gradeLoyalMinTenureMonths'),
      loyalMinOnTimeRate: await p('customers.gradeLoyalMinOnTimePaymentRate'),
    },
  );
  c.potential = potentialFor(c.ticketsClosed, await p('customers.gradeHighPotentialMinTickets'));
  c.updatedAt = now;
}
