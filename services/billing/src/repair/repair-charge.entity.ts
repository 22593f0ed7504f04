import { Check, Entity, Index, ManyToOne, Opt, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { TenantOwned, foreignKey } from '@pm/db';
import { Bill } from '../bill/bill.entity';
import { fen } from '../common/columns';

/** A completed repair's charges (R-TKT-5), keyed by ticket id, waiting for the unit's next bill. */
@Entity({ tableName: 'repair_charges' })
@Index({ name: 'repair_charges_tenant_id_idx', properties: ['tenantId'] })
@Index({
  name: 'repair_charges_unbilled_idx',
  expression:
    'create index repair_charges_unbilled_idx on repair_charges (tenant_id, unit_id) where bill_id is null',
})
export class RepairCharge extends TenantOwned {
  [PrimaryKeyProp]?: 'ticketId';

  @PrimaryKey({ type: 'uuid' })
  ticketId!: string;

  @Property({ type: 'uuid' })
  propertyId!: string;

  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  customerId?: string | null;

  @Property({ type: fen() })
  @Check({ name: 'repair_charges_amount_fen_check', expression: 'amount_fen >= 0' })
  amountFen!: number;

  /** The charge lines as tickets sent them (`[{ code, name, quantity, unitPriceFen, amountFen }]`). */
  @Property({ type: 'jsonb' })
  charges!: unknown;

  @Property({ type: 'timestamptz' })
  completedAt!: Date;

  /** Set by the bill run that collected it. */
  @ManyToOne(() => Bill, {
    ...foreignKey('repair_charges_bill_id_fkey'),
    fieldName: 'bill_id',
    nullable: true,
  })
  billId?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
