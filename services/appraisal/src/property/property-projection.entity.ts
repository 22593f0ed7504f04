import { Entity, Property as Column } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

/** Projection of tenancy's properties, from `property.created` (name and time zone). */
@Entity({ tableName: 'properties' })
export class PropertyProjection extends TenantEntity {
  @Column()
  name!: string;

  @Column()
  timeZone!: string;
}
