import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

export enum FeePayerParty {
  OWNER = 'OWNER',
  LESSEE = 'LESSEE',
}

/**
 * A sublet agreement as billing knows it (sublet.registered, R-CUS-8): over its dates the unit's
 * bill goes to the party it names, not to whoever moved in last. The id is the sublet's.
 */
@Entity({ tableName: 'fee_agreements' })
@Index({ name: 'fee_agreements_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'fee_agreements_unit_idx', properties: ['tenantId', 'unitId', 'startDate'] })
export class FeeAgreement extends TenantEntity {
  @Property({ type: 'uuid' })
  propertyId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  ownerId!: string;

  @Property({ type: 'uuid' })
  lesseeId!: string;

  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Enum({ items: () => FeePayerParty })
  payer!: FeePayerParty;
}
