import { Entity, Property } from '@mikro-orm/core';
import { fen } from '../common/columns';
import { PERIOD_COLLECTION } from './billing-kpis.queries';

/** Billed and collected per property and period (virtual: an aggregate of bills), for R-KPI-8. */
@Entity({ expression: PERIOD_COLLECTION })
export class PeriodCollection {
  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  propertyId!: string;

  @Property({ type: 'text' })
  period!: string;

  @Property({ type: 'integer' })
  bills!: number;

  @Property({ type: 'integer' })
  paidBills!: number;

  @Property({ type: fen() })
  billedFen!: number;

  @Property({ type: fen() })
  collectedFen!: number;
}
