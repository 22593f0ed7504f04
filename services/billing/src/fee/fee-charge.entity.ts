import { Check, DecimalType, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TenantEntity, foreignKey } from '@pm/db';
import { Bill } from '../bill/bill.entity';
import { fen } from '../common/columns';

/** One-off fee items (R-BIL-1); each is a bill line kind of the same name. */
export enum FeeChargeKind {
  RENOVATION_MANAGEMENT = 'RENOVATION_MANAGEMENT',
}

/**
 * A one-off fee item of a unit waiting for its next bill (R-BIL-1), such as the renovation
 * management fee (装修管理费) charged when the renovation deposit is received. One per source
 * (the deposit), so recording it again never charges twice.
 */
@Entity({ tableName: 'fee_charges' })
@Index({ name: 'fee_charges_tenant_id_idx', properties: ['tenantId'] })
@Index({
  name: 'fee_charges_unbilled_idx',
  expression:
    'create index fee_charges_unbilled_idx on fee_charges (tenant_id, unit_id) where bill_id is null',
})
@Unique({ name: 'fee_charges_source_key', properties: ['tenantId', 'kind', 'sourceId'] })
export class FeeCharge extends TenantEntity {
  @Property({ type: 'uuid' })
  propertyId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  /** The bill line kind it becomes. */
  @Enum({ items: () => FeeChargeKind })
  kind!: FeeChargeKind;

  /** What it was charged for (the renovation deposit's id). */
  @Property({ type: 'uuid' })
  sourceId!: string;

  @Property({ type: new DecimalType('number'), precision: 14, scale: 3 })
  quantity!: number;

  @Property({ type: 'integer' })
  unitPriceFen!: number;

  @Property({ type: fen() })
  @Check({ name: 'fee_charges_amount_fen_check', expression: 'amount_fen > 0' })
  amountFen!: number;

  /** Property-local day it was charged: it joins the first bill whose cut-off is after it. */
  @Property({ type: 'date' })
  chargedOn!: string;

  /** Set by the bill run that collected it. */
  @ManyToOne(() => Bill, {
    ...foreignKey('fee_charges_bill_id_fkey'),
    fieldName: 'bill_id',
    nullable: true,
  })
  billId?: string | null;
}
