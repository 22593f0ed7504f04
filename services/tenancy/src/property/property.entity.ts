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
    RESIDENTIAL: { description: 'Residential estate (小区).	住宅小区。' },
    OFFICE: { description: 'Office tower (写字楼/大厦).	写字楼/大厦。' },
    MALL: { description: 'Shopping mall or plaza (购物中心/广场).	购物中心/广场。' },
    MIXED: { description: 'Mixed use: homes, offices and shops on one site.	综合体：住宅、办公与商铺混合。' },
  },
  name: 'PropertyKind',
  description: 'Residential estate (小区), office tower (大厦), mall (购物中心) or mixed.',
});

/** A managed site (小区 / 大厦 / 广场): the unit of property scope for site staff. */
@Directive('@key(fields: "id")')
@ObjectType('Property', {
  description:
    'A managed site of the company (小区 / 大厦 / 广场 / 购物中心): the unit of site scope for staff and partner apps.	公司管理的一个物业项目（小区/大厦/广场/购物中心）：员工与对接应用的项目范围以此为单位。',
})
@Entity({ tableName: 'properties' })
@Index({ name: 'properties_tenant_id_idx', properties: ['tenantId'] })
export class Property extends TenantEntity {
  /** A property is its own site: the site filter (libs/db) scopes it by id. */
  static readonly siteKey = 'id';

  @Field(() => ID, { description: 'Stable id of the property.	物业项目的稳定 ID。' })
  declare id: string;

  @Field({
    description:
      'Name of the property as shown to staff and on printed documents.	物业项目名称，用于员工界面与打印文件。',
  })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => PropertyKind, { description: 'What kind of site it is.	项目类型。' })
  @Enum({ items: () => PropertyKind, nativeEnumName: undefined })
  kind!: PropertyKind;

  @Field(() => String, {
    description: 'Postal address; null when not recorded.	地址；未登记时为 null。',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  address?: string;

  @Field({ description: 'IANA time zone in which deadlines of this property are evaluated.' })
  @Column({ type: 'text' })
  timeZone!: string;

  @Field({ description: 'When the property was created (UTC).	项目创建时间（UTC）。' })
  declare createdAt: Date;
}
