import { Entity, Enum, ManyToOne, Property as Column, Unique } from '@mikro-orm/core';
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
@Unique({ properties: ['tenantId', 'property', 'building', 'number'] })
export class Unit extends TenantEntity {
  /** Site filter (libs/db): a unit is scoped by its property. */
  static readonly siteKey = 'property';

  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Property, { fieldName: 'property_id' })
  property!: Property;

  @Field()
  @Column()
  building!: string;

  @Field()
  @Column()
  number!: string;

  @Field(() => Float, { description: 'Floor area in m², the base of the management fee.' })
  @Column({ type: 'double' })
  areaSqm!: number;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind })
  kind!: UnitKind;

  @Field()
  declare createdAt: Date;
}
