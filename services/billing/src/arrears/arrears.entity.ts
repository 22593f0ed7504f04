import { Entity, Property } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isCalendarDate } from '@pm/time';
import { fen } from '../common/columns';
import { whereParam } from '../common/where-param';
import { balancesAsOf } from './arrears.queries';

/**
 * What a customer owed at a property on a date (virtual: an aggregate of bills and their
 * credits). Read with `asOf` in the where: `em.find(CustomerBalance, { asOf, propertyId })`.
 */
@Entity({
  expression: (em: EntityManager, where: unknown) => {
    const asOf = whereParam(where, 'asOf');
    if (typeof asOf !== 'string' || !isCalendarDate(asOf))
      throw new Error('CustomerBalance is read as of a date: { asOf: "YYYY-MM-DD" }');
    return balancesAsOf(em, asOf);
  },
})
export class CustomerBalance {
  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  customerId!: string;

  @Property({ type: 'uuid' })
  propertyId!: string;

  @Property({ type: 'date' })
  asOf!: string;

  /** Open on `asOf`, due or not. */
  @Property({ type: fen() })
  outstandingFen!: number;

  /** Open on `asOf` and past its due date. */
  @Property({ type: fen() })
  overdueFen!: number;

  /** The oldest due date among the overdue bills; null when none is overdue. */
  @Property({ type: 'date', nullable: true })
  oldestDue!: string | null;
}
