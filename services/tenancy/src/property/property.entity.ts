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
  valuesConfig: {
    RESIDENTIAL: { description: 'Residential estate (小区).' },
    OFFICE: { description: 'Office tower (写字楼/大厦).' },
    MALL: { description: 'Shopping mall or plaza (购物中心/广场).' },
    MIXED: { description: 'Mixed use: homes, offices and shops on one site.' },
  },
  name: 'PropertyKind',
  description: 'Residential estate (小区), office tower (大厦), mall (购物中心) or mixed.',
});

/** A managed site (小区 / 大厦 / 广场): the unit of property scope for site staff. */
@Directive('@key(fields: "id")')
@ObjectType('Property', {
  description:
    'A managed site of the company (小区 / 大厦 / 广场 / 购物中心): the unit of site scope for staff and partner apps.',
})
@Entity({ tableName: 'properties' })
@Index({ name: 'properties_tenant_id_idx', properties: ['tenantId'] })
export class Property extends TenantEntity {
  /** A property is its own site: the site filter (libs/db) scopes it by id. */
  static readonly siteKey = 'id';

  @Field(() => ID, { description: 'Stable id of the property.' })
  declare id: string;

  @Field({
    description: 'Name of the property as shown to staff and on printed documents.',
  })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => PropertyKind, { description: 'What kind of site it is.' })
  @Enum({ items: () => PropertyKind, nativeEnumName: undefined })
  kind!: PropertyKind;

  @Field(() => String, {
    description: 'Postal address; null when not recorded.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  address?: string;

  @Field({ description: 'IANA time zone in which deadlines of this property are evaluated.' })
  @Column({ type: 'text' })
  timeZone!: string;

  @Field({ description: 'When the property was created (UTC).' })
  declare createdAt: Date;
}
