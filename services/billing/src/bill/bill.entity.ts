import {
  Check,
  DecimalType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  Opt,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity, TenantOwned, foreignKey } from '@pm/db';
import { DateScalar, FenScalar } from '@pm/graphql';
import { fen } from '../common/columns';
import { Rounding } from '../common/money';
import { BillStatus, describeLine } from './bill.rules';

registerEnumType(BillStatus, {
  valuesConfig: {
    ISSUED: { description: 'Issued, nothing paid.' },
    PARTIALLY_PAID: { description: 'Part of the total paid.' },
    PAID: { description: 'Paid in full.' },
  },
  name: 'BillStatus',
  description: 'ISSUED (nothing paid), PARTIALLY_PAID, PAID.',
});

/** A monthly bill (交款通知书) of one unit. Bills are made in bulk by the bill run's set-based SQL. */
@Directive('@key(fields: "id")')
@ObjectType('Bill', { description: 'A monthly bill (交款通知书) of one unit; money in integer fen.' })
@Entity({ tableName: 'bills' })
@Unique({ name: 'bills_tenant_id_unit_id_period_key', properties: ['tenantId', 'unitId', 'period'] })
@Index({ name: 'bills_property_period_idx', properties: ['tenantId', 'propertyId', 'period', 'id'] })
@Index({
  name: 'bills_customer_idx',
  expression:
    'create index bills_customer_idx on bills (tenant_id, customer_id, due_date) where customer_id is not null',
})
@Check({ name: 'bills_check', expression: 'paid_fen >= 0 and paid_fen <= total_fen' })
export class Bill extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the bill.' })
  declare id: string;

  @Field({ description: 'YYYY-MM' })
  @Property({ type: 'text' })
  period!: string;

  @Field(() => BillStatus, {
    description: 'Whether it is unpaid, partly or fully paid.',
  })
  @Enum({ items: () => BillStatus })
  status!: BillStatus;

  @Field(() => DateScalar, { description: 'The day the payment notice was issued.' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => DateScalar, {
    description:
      'The collection window closes on this day; the late fee runs from the day after (R-BIL-3, R-BIL-4).',
  })
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => DateScalar, {
    description: 'The collection window (集中收缴, R-BIL-3) opens on this day and closes on the due date.',
  })
  @Property({ type: 'date' })
  collectionOpensOn!: string;

  @Field(() => FenScalar, {
    description: 'Total of the lines, in fen (without late fee).',
  })
  @Property({ type: fen() })
  @Check({ name: 'bills_total_fen_check', expression: 'total_fen >= 0' })
  totalFen!: number;

  @Field(() => FenScalar, { description: 'Paid so far, in fen.' })
  @Property({ type: fen(), default: 0 })
  paidFen: Opt<number> = 0;

  @Field(() => ID, { description: 'The property of the unit.' })
  @Property({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, { description: 'The unit billed.' })
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'The paying customer at billing time; null when unknown.' })
  @Property({ type: 'uuid', nullable: true })
  customerId?: string | null;

  @Field({ description: 'Late fee rate per day in force for this bill (R-BIL-4), exact decimal.' })
  @Property({ type: 'text' })
  lateFeeRate!: string;

  @Field(() => String, { description: 'Rounding rule applied once to the late fee (R-BIL-4).' })
  @Property({ type: 'text' })
  rounding!: Rounding;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'On the enforcement list since (after the last dunning round).',
  })
  @Property({ type: 'date', nullable: true })
  enforcementSince?: string | null;

  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'uuid', nullable: true })
  runId?: string | null;
}

/**
 * One fee item of a bill. No foreign key on purpose: lines are written only with their bill in
 * one statement, and per-row RI triggers would double the cost of a 100,000-bill run.
 */
@ObjectType('BillLine', {
  description: 'One fee item of a bill, with the quantity and unit price it was made with.',
})
@Entity({ tableName: 'bill_lines' })
@Index({ name: 'bill_lines_bill_idx', properties: ['billId'] })
export class BillLine extends TenantOwned {
  @PrimaryKey({ type: fen(), generated: 'identity' })
  id!: number;

  @Property({ type: 'uuid' })
  billId!: string;

  @Field({
    description:
      'MANAGEMENT, AIR_CONDITIONING, WATER, ELECTRICITY, GAS, RENOVATION_MANAGEMENT or REPAIR (R-BIL-1).',
  })
  @Property({ type: 'text' })
  kind!: string;

  /** The label the bulk run stores; `description` adds what the amount was made of. */
  @Property({ type: 'text', fieldName: 'description' })
  label!: string;

  @Field({
    description: 'The line as printed, e.g. 管理费 2026-11.',
  })
  get description(): string {
    return describeLine(this);
  }

  @Field(() => FenScalar, { description: 'Amount of the line, in fen.' })
  @Property({ type: fen() })
  amountFen!: number;

  @Field(() => ID, { nullable: true, description: 'The repair ticket of a REPAIR line (R-TKT-5).' })
  @Property({ type: 'uuid', nullable: true })
  ticketId?: string | null;

  @Field(() => Float, {
    description: 'Quantity billed (m², m³, kWh); null for a fixed amount.',
    nullable: true,
  })
  @Property({ type: new DecimalType('number'), precision: 14, scale: 3, nullable: true })
  quantity?: number | null;

  @Field(() => FenScalar, {
    description: 'Price per unit of quantity, in fen; null for a fixed amount.',
    nullable: true,
  })
  @Property({ type: 'integer', nullable: true })
  unitPriceFen?: number | null;
}

/** R-BIL-5: a dispute is recorded; it does not stop the late fee. */
@ObjectType('BillDispute', {
  description: "A customer's dispute about a bill (see R-BIL-5 in docs/domain-rules.md).",
})
@Entity({ tableName: 'bill_disputes' })
@Index({ name: 'bill_disputes_tenant_id_idx', properties: ['tenantId'] })
export class BillDispute extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the dispute.' })
  declare id: string;

  @ManyToOne(() => Bill, { ...foreignKey('bill_disputes_bill_id_fkey'), fieldName: 'bill_id' })
  billId!: string;

  @Field({ description: 'What the customer disputes.' })
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text', nullable: true })
  raisedBy?: string | null;

  /** When it was raised: the row's creation time. */
  @Field({ description: 'When it was raised (UTC).', name: 'raisedAt' })
  @Property({ type: 'timestamptz', fieldName: 'raised_at', defaultRaw: 'now()' })
  declare createdAt: Date;
}

/** R-BIL-5: a granted deferral; no late fee up to and including `until`. */
@Entity({ tableName: 'bill_deferrals' })
@Index({ name: 'bill_deferrals_tenant_id_idx', properties: ['tenantId'] })
export class BillDeferral extends TenantEntity {
  @ManyToOne(() => Bill, { ...foreignKey('bill_deferrals_bill_id_fkey'), fieldName: 'bill_id' })
  billId!: string;

  @Property({ type: 'date' })
  until!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text', nullable: true })
  grantedBy?: string | null;

  /** When it was granted: the row's creation time. */
  @Property({ type: 'timestamptz', fieldName: 'granted_at', defaultRaw: 'now()' })
  declare createdAt: Date;
}
