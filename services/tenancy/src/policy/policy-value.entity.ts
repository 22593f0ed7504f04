import { Entity, Index, ManyToOne, Property as Column } from '@mikro-orm/core';
import { TenantEntity, foreignKey } from '@pm/db';
import { Property } from '../property/property.entity';

/**
 * One change of one policy value. Rows are never updated: the value in force on a date is
 * the latest row effective on or before it, property rows before company rows, so past
 * bills and KPIs stay explainable.
 */
@Entity({ tableName: 'policy_values' })
@Index({ name: 'policy_values_tenant_id_idx', properties: ['tenantId'] })
@Index({
  name: 'policy_values_lookup_idx',
  expression: 'create index policy_values_lookup_idx on policy_values (tenant_id, key, effective_from desc)',
})
export class PolicyValue extends TenantEntity {
  @Column({ type: 'text' })
  key!: string;

  @ManyToOne(() => Property, {
    ...foreignKey('policy_values_property_id_fkey'),
    fieldName: 'property_id',
    nullable: true,
  })
  propertyId?: string;

  @Column({ type: 'json' })
  value!: unknown;

  @Column({ type: 'date' })
  effectiveFrom!: string;

  @Column({ type: 'text', nullable: true })
  setBy?: string;
}
