import { DecimalType, Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

/** A property as billing knows it (from property.created): its name and time zone. */
@Entity({ tableName: 'property_projection' })
@Index({ name: 'property_projection_tenant_id_idx', properties: ['tenantId'] })
export class PropertyProjection extends TenantEntity {
  /** A property is its own site: the site filter (libs/db) scopes it by id. */
  static readonly siteKey = 'id';

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  timeZone!: string;
}

/** A unit (from unit.created): the area is the base of the management fee. */
@Entity({ tableName: 'units_projection' })
@Index({ name: 'units_projection_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'units_projection_property_idx', properties: ['tenantId', 'propertyId', 'id'] })
export class UnitProjection extends TenantEntity {
  @Property({ type: 'uuid' })
  propertyId!: string;

  @Property({ type: 'text' })
  building!: string;

  @Property({ type: 'text' })
  number!: string;

  /** m², two decimals as tenancy states it. */
  @Property({ type: new DecimalType('string'), precision: 12, scale: 2 })
  areaSqm!: string;

  @Property({ type: 'text' })
  kind!: string;
}

/**
 * Who lives in (pays for) a unit from a date (occupancy.started / occupancy.ended). Events may
 * arrive in either order: an `ended` heard first leaves a tombstone (no start, so never a payer)
 * that the `started` fills in without reopening it.
 */
@Entity({ tableName: 'occupancy_projection' })
@Index({ name: 'occupancy_projection_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'occupancy_projection_customer_idx', properties: ['tenantId', 'customerId'] })
@Index({
  name: 'occupancy_projection_unit_idx',
  expression:
    'create index occupancy_projection_unit_idx on occupancy_projection (tenant_id, unit_id, start_date desc)',
})
export class OccupancyProjection extends TenantEntity {
  @Property({ type: 'uuid' })
  customerId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  propertyId!: string;

  /** OWNER or TENANT: the owner pays when both overlap; null on a tombstone. */
  @Property({ type: 'text', nullable: true })
  kind?: string | null;

  /** Null on a tombstone. */
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Property({ type: 'date', nullable: true })
  endDate?: string | null;
}
