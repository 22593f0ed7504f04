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
    APARTMENT: { description: 'A flat (住宅).' },
    SHOP: { description: 'A shop (商铺).' },
    OFFICE: { description: 'An office (办公).' },
    PARKING: { description: 'A parking space (车位).' },
    STORAGE: { description: 'A store room (储藏室).' },
    OTHER: { description: 'Anything else.' },
  },
  description: 'What a unit is used as; the fee schedule may price kinds differently.',
  name: 'UnitKind',
});

/** A flat, shop or office inside a building of a property. */
@Directive('@key(fields: "id")')
@ObjectType('Unit', {
  description:
    'A flat, shop, office, parking space or store room inside a building of a property; customers occupy units.',
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

  @Field(() => ID, { description: 'Stable id of the unit.' })
  declare id: string;

  @ManyToOne(() => Property, {
    fieldName: 'property_id',
    foreignKeyName: 'units_property_id_fkey',
    updateRule: 'no action',
  })
  property!: Property;

  @Field({
    description: 'Building (栋/座) name or number, e.g. 3 for 3栋.',
  })
  @Column({ type: 'text' })
  building!: string;

  @Field({ description: 'Unit number inside the building, e.g. 1203.' })
  @Column({ type: 'text' })
  number!: string;

  @Field(() => Float, { description: 'Floor area in m², the base of the management fee.' })
  @Column({ type: 'double' })
  @Check({ name: 'units_area_sqm_check', expression: 'area_sqm > (0)::double precision' })
  areaSqm!: number;

  @Field(() => UnitKind, { description: 'What the unit is used as.' })
  @Column({ type: 'text' })
  kind!: UnitKind;

  @Field({ description: 'When the unit was created (UTC).' })
  declare createdAt: Date;
}
