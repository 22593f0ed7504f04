import { Entity, Index, ManyToOne, Property as Column } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';
import { Occupancy } from '../occupancy/occupancy.entity';

/**
 * R-CUS-8 / R-CUS-7: an access card (门禁卡) issued on a unit's occupancy to its customer or to a
 * lessee of the unit. A number is held by one active card per property at a time.
 */
@ObjectType({ description: 'An access card (门禁卡) issued for a unit (R-CUS-8).' })
@Entity({ tableName: 'access_cards' })
@Index({ name: 'access_cards_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'access_cards_occupancy_idx', properties: ['tenantId', 'occupancyId'] })
@Index({ name: 'access_cards_customer_idx', properties: ['tenantId', 'customerId'] })
@Index({
  name: 'access_cards_active_number_uq',
  expression:
    'create unique index access_cards_active_number_uq on access_cards (tenant_id, property_id, card_number) where returned_on is null',
})
export class AccessCard extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the card record.' })
  declare id: string;

  @Field(() => ID, { description: 'The occupancy of the unit the card opens.' })
  @ManyToOne(() => Occupancy, {
    mapToPk: true,
    fieldName: 'occupancy_id',
    foreignKeyName: 'access_cards_occupancy_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  occupancyId!: string;

  @Field(() => ID, { description: 'The holder: the occupancy’s customer or a lessee of the unit.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'access_cards_customer_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  customerId!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field({ description: 'Number printed on the card; unique per property among cards not returned.' })
  @Column({ type: 'text' })
  cardNumber!: string;

  @Field(() => DateScalar, { description: 'Day issued (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  issuedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day returned (YYYY-MM-DD); null while held.' })
  @Column({ type: 'date', nullable: true })
  returnedOn?: string | null;

  @Field({ description: 'Keycloak user id of the staff who issued the card.' })
  @Column({ type: 'text' })
  issuedBy!: string;

  @Field(() => String, { nullable: true, description: 'Keycloak user id of the staff who took it back.' })
  @Column({ type: 'text', nullable: true })
  returnedBy?: string | null;
}
