import { Entity, Index, Property as Column } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

/** The company's properties (from property.created): a subscription may name only these. */
@Entity({ tableName: 'whk_properties' })
@Index({ name: 'whk_properties_tenant_id_idx', properties: ['tenantId'] })
export class PropertyProjection extends TenantEntity {
  /** Site scope keys on the id (libs/db): a property is its own site. */
  static readonly siteKey = 'id';

  @Column({ type: 'text' })
  name!: string;
}
