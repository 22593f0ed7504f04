import { Entity, Enum, Index, Property as Column } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@pm/db';

export enum PropertyKind {
  RESIDENTIAL = 'RESIDENTIAL',
  OFFICE = 'OFFICE',
  MALL = 'MALL',
  MIXED = 'MIXED',
}
registerEnumType(PropertyKind, {
  name: 'PropertyKind',
  description: 'Residential estate (小区), office tower (大厦), mall (购物中心) or mixed.',
});

/** A managed site (小区 / 大厦 / 广场): the unit of property scope for site staff. */
@Directive('@key(fields: "id")')
@ObjectType('Property')
@Entity({ tableName: 'properties' })
@Index({ name: 'properties_tenant_id_idx', properties: ['tenantId'] })
export class Property extends TenantEntity {
  /** A property is its own site: the site filter (libs/db) scopes it by id. */
  static readonly siteKey = 'id';

  @Field(() => ID)
  declare id: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => PropertyKind)
  @Enum({ items: () => PropertyKind, nativeEnumName: undefined })
  kind!: PropertyKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address?: string;

  @Field({ description: 'IANA time zone in which deadlines of this property are evaluated.' })
  @Column({ type: 'text' })
  timeZone!: string;

  @Field()
  declare createdAt: Date;
}
