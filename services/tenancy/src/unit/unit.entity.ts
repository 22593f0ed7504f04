import { Check, Entity, Index, ManyToOne, Property as Column, Unique } from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { Property } from '../property/property.entity';

export enum UnitKind {
  APARTMENT = 'APARTMENT',
  SHOP = 'SHOP',
  OFFICE = 'OFFICE',
  PARKING = 'PARKING',
  STORAGE = 'STORAGE',
  OTHER = 'OTHER',
}
registerEnumType(UnitKind, {
  valuesConfig: {
    APARTMENT: { description: 'A flat (住宅).	住宅。' },
    SHOP: { description: 'A shop (商铺).	商铺。' },
    OFFICE: { description: 'An office (办公).	办公。' },
    PARKING: { description: 'A parking space (车位).	车位。' },
    STORAGE: { description: 'A store room (储藏室).	储藏室。' },
    OTHER: { description: 'Anything else.	其他。' },
  },
  description:
    'What a unit is used as; the fee schedule may price kinds differently.	房屋单元的用途；收费标准可按用途定价。',
  name: 'UnitKind',
});

/** A flat, shop or office inside a building of a property. */
@Directive('@key(fields: "id")')
@ObjectType('Unit', {
  description:
    'A flat, shop, office, parking space or store room inside a building of a property; customers occupy units.	物业项目某栋楼内的一套住宅、商铺、办公室、车位或储藏室；客户入住的对象。',
})
@Entity({ tableName: 'units' })
@Unique({
  name: 'units_tenant_id_property_id_building_number_key',
  properties: ['tenantId', 'property', 'building', 'number'],
})
@Index({ name: 'units_tenant_id_idx', properties: ['tenantId'] })
export class Unit extends TenantEntity {
  /** Site filter (libs/db): a unit is scoped by its property. */
  static readonly siteKey = 'property';

  @Field(() => ID, { description: 'Stable id of the unit.	房屋单元的稳定 ID。' })
  declare id: string;

  @ManyToOne(() => Property, {
    fieldName: 'property_id',
    foreignKeyName: 'units_property_id_fkey',
    updateRule: 'no action',
  })
  property!: Property;

  @Field({
    description: 'Building (栋/座) name or number, e.g. 3 for 3栋.	楼栋（栋/座）名称或编号，例如 3栋 的 3。',
  })
  @Column({ type: 'text' })
  building!: string;

  @Field({ description: 'Unit number inside the building, e.g. 1203.	楼栋内的房号，例如 1203。' })
  @Column({ type: 'text' })
  number!: string;

  @Field(() => Float, { description: 'Floor area in m², the base of the management fee.' })
  @Column({ type: 'double' })
  @Check({ name: 'units_area_sqm_check', expression: 'area_sqm > (0)::double precision' })
  areaSqm!: number;

  @Field(() => UnitKind, { description: 'What the unit is used as.	单元用途。' })
  @Column({ type: 'text' })
  kind!: UnitKind;

  @Field({ description: 'When the unit was created (UTC).	单元创建时间（UTC）。' })
  declare createdAt: Date;
}
