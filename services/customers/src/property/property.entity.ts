import { Entity, Index, PrimaryKey, Property as Column } from '@mikro-orm/core';
import { TenantOwned } from '@pm/db';

/** A property as this service knows it (tenancy's property.created): its name and time zone. */
@Entity({ tableName: 'property_projection' })
@Index({ name: 'property_projection_tenant_id_idx', properties: ['tenantId'] })
export class PropertyProjection extends TenantOwned {
  /** A property is its own site: the site filter (libs/db) scopes it by id. */
  static readonly siteKey = 'id';

  /** Tenancy's id. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  timeZone!: string;
}

/** A unit (tenancy's unit.created), to check that a customer's unit belongs to its property. */
@Entity({ tableName: 'unit_projection' })
@Index({ name: 'unit_projection_tenant_id_idx', properties: ['tenantId'] })
export class UnitProjection extends TenantOwned {
  /** Tenancy's id. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Column({ type: 'text' })
  building!: string;

  @Column({ type: 'text' })
  number!: string;
}
