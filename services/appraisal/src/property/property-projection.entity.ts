import { Entity, Index, Property as Column } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

/** Projection of tenancy's properties, from `property.created` (name and time zone). */
@Entity({ tableName: 'properties' })
@Index({ name: 'properties_tenant_id_idx', properties: ['tenantId'] })
export class PropertyProjection extends TenantEntity {
  /** Site staff see the properties in their scope only (the site filter keys on the id). */
  static readonly siteKey = 'id';

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  timeZone!: string;
}
