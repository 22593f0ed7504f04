import { FenScalar } from '@pm/graphql';
import { Check, Entity, Index, Property as Column, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';

/** One version of a paid-service item of a property (有偿维修收费标准); valid_to null = current. */
@ObjectType('PriceItem', {
  description: "An item of a property's paid-service price list (有偿服务价目表).",
})
@Entity({ tableName: 'price_items' })
@Index({ name: 'price_items_tenant_id_idx', properties: ['tenantId'] })
@Unique({
  name: 'price_items_tenant_id_property_id_code_version_key',
  properties: ['tenantId', 'propertyId', 'code', 'version'],
})
@Unique({
  name: 'price_items_current_idx',
  expression:
    'create unique index price_items_current_idx on price_items (tenant_id, property_id, code) where valid_to is null',
})
export class PriceItem extends TenantEntity {
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field({ description: 'Item code, e.g. TAP_WASHER.' })
  @Column({ type: 'text' })
  code!: string;

  @Field({ description: 'Item name as shown to customers.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => FenScalar, { description: 'Price per unit, in fen.' })
  @Column({ type: 'integer' })
  @Check({ name: 'price_items_price_fen_check', expression: 'price_fen >= 0' })
  priceFen!: number;

  @Field(() => Int, { description: 'Bumped by every change; completed orders keep their own unit prices.' })
  @Column({ type: 'integer' })
  version!: number;

  @Field({ description: 'When this version of the price took effect (UTC).' })
  @Column({ type: 'timestamptz' })
  validFrom!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  validTo?: Date;
}

/** Seeded on a property's first use: the seed's procedures name no prices, so a small common list. */
export const DEFAULT_PRICE_LIST: readonly { code: string; name: string; priceFen: number }[] = [
  { code: 'CALL_OUT', name: '上门服务费 call-out', priceFen: 1000 },
  { code: 'TAP_REPLACE', name: '更换水龙头 replace tap', priceFen: 3000 },
  { code: 'DRAIN_UNBLOCK', name: '疏通下水道 unblock drain', priceFen: 5000 },
  { code: 'SOCKET_REPLACE', name: '更换开关插座 replace switch/socket', priceFen: 2000 },
  { code: 'LIGHT_REPLACE', name: '更换灯具 replace light fitting', priceFen: 2500 },
  { code: 'LOCK_REPLACE', name: '更换门锁 replace door lock', priceFen: 8000 },
  { code: 'TOILET_REPAIR', name: '马桶维修 toilet repair', priceFen: 6000 },
];
