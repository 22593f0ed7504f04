import { Entity, Property as Column } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

/**
 * One change of one policy value. Rows are never updated: the value in force on a date is
 * the latest row effective on or before it, property rows before company rows, so past
 * bills and KPIs stay explainable.
 */
@Entity({ tableName: 'policy_values' })
export class PolicyValue extends TenantEntity {
  @Column()
  key!: string;

  @Column({ type: 'uuid', nullable: true })
  propertyId?: string;

  @Column({ type: 'json' })
  value!: unknown;

  @Column({ type: 'date' })
  effectiveFrom!: string;

  @Column({ nullable: true })
  setBy?: string;
}
