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
registerEnumType(UnitKind, { name: 'UnitKind' });

/** A flat, shop or office inside a building of a property. */
@Directive('@key(fields: "id")')
@ObjectType('Unit')
@Entity({ tableName: 'units' })
@Unique({
  name: 'units_tenant_id_property_id_building_number_key',
  properties: ['tenantId', 'property', 'building', 'number'],
})
@Index({ name: 'units_tenant_id_idx', properties: ['tenantId'] })
export class Unit extends TenantEntity {
  /** Site filter (libs/db): a unit is scoped by its property. */
  static readonly siteKey = 'property';

  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Property, {
    fieldName: 'property_id',
    foreignKeyName: 'units_property_id_fkey',
    updateRule: 'no action',
  })
  property!: Property;

  @Field()
  @Column({ type: 'text' })
  building!: string;

  @Field()
  @Column({ type: 'text' })
  number!: string;

  @Field(() => Float, { description: 'Floor area in m², the base of the management fee.' })
  @Column({ type: 'double' })
  @Check({ name: 'units_area_sqm_check', expression: 'area_sqm > (0)::double precision' })
  areaSqm!: number;

  @Field(() => UnitKind)
  @Column({ type: 'text' })
  kind!: UnitKind;

  @Field()
  declare createdAt: Date;
}
