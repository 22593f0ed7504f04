import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  Opt,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  Unique,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity, TenantOwned, foreignKey } from '@pm/db';
import { DateScalar, FenScalar } from '@pm/graphql';
import { Bill } from '../bill/bill.entity';
import { fen } from '../common/columns';
import { PaymentStatus } from './payment.rules';

/** A bank payment (R-BIL-8), recorded once per idempotency key. */
@ObjectType({ description: 'A payment received by bank (R-BIL-8); idempotent per idempotencyKey.' })
@Entity({ tableName: 'payments' })
@Unique({ name: 'payments_tenant_id_idempotency_key_key', properties: ['tenantId', 'idempotencyKey'] })
@Index({ name: 'payments_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'payments_bill_idx', properties: ['tenantId', 'billId'] })
export class Payment extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the payment.' })
  declare id: string;

  @Field(() => ID, { description: 'The bill it was recorded against.' })
  @ManyToOne(() => Bill, { ...foreignKey('payments_bill_id_fkey'), fieldName: 'bill_id' })
  billId!: string;

  @Field(() => FenScalar, { description: 'Amount received, in fen.' })
  @Property({ type: fen() })
  @Check({ name: 'payments_amount_fen_check', expression: 'amount_fen > 0' })
  amountFen!: number;

  @Field(() => FenScalar, {
    description: 'Left after the bill and the customer’s older open bills: a credit.',
  })
  @Property({ type: fen(), default: 0 })
  unallocatedFen: Opt<number> = 0;

  @Field({ description: 'When the customer paid (the transfer time the bank states).' })
  @Property({ type: 'timestamptz' })
  paidAt!: Date;

  @Field(() => DateScalar, {
    description:
      'Property-local day the bank receipt (银行回单) reached the company: the payment counts from this day for late fees and arrears (R-BIL-8).',
  })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field({
    description: "The caller's idempotency key: the same key always answers this payment.",
  })
  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Field(() => String, {
    description: 'Bank transaction reference; null when not given.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  bankReference?: string | null;

  @Field({ description: 'Number of the receipt (收据).' })
  @Property({ type: 'text' })
  receiptNumber!: string;

  @Field(() => String, { description: 'POSTED or REVERSED.' })
  @Enum({ items: () => PaymentStatus })
  status!: PaymentStatus;

  @Field(() => Date, {
    description: 'When it was reversed (UTC); null unless REVERSED.',
    nullable: true,
  })
  @Property({ type: 'timestamptz', nullable: true })
  reversedAt?: Date | null;

  @Field(() => String, {
    description: 'Why it was reversed; null unless REVERSED.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  reversalReason?: string | null;

  @Property({ type: 'uuid' })
  propertyId!: string;

  @Property({ type: 'uuid', nullable: true })
  customerId?: string | null;

  @Property({ type: 'text', nullable: true })
  recordedBy?: string | null;

  @Property({ type: 'text', nullable: true })
  reversedBy?: string | null;
}

/** The part of a payment credited to one bill, dated in the property's zone (the late fee's base drops from it). */
@ObjectType({ description: 'Part of a payment applied to one bill.' })
@Entity({ tableName: 'payment_allocations' })
@Index({ name: 'payment_allocations_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'payment_allocations_bill_idx', properties: ['tenantId', 'billId'] })
@Index({ name: 'payment_allocations_payment_idx', properties: ['paymentId'] })
export class PaymentAllocation extends TenantOwned {
  @PrimaryKey({ type: fen(), generated: 'identity' })
  id!: Opt<number>;

  @ManyToOne(() => Payment, { ...foreignKey('payment_allocations_payment_id_fkey'), fieldName: 'payment_id' })
  paymentId!: string;

  @Field(() => ID, { description: 'The bill paid.' })
  @ManyToOne(() => Bill, { ...foreignKey('payment_allocations_bill_id_fkey'), fieldName: 'bill_id' })
  billId!: string;

  @Field(() => FenScalar, { description: 'Amount applied, in fen.' })
  @Property({ type: fen() })
  @Check({ name: 'payment_allocations_amount_fen_check', expression: 'amount_fen > 0' })
  amountFen!: number;

  @Field(() => DateScalar, {
    description: 'Day it counts as paid, for late fees (YYYY-MM-DD, property-local).',
  })
  @Property({ type: 'date' })
  paidOn!: string;

  @Field(() => Boolean, { description: 'True once the payment was reversed.' })
  @Property({ type: 'boolean', default: false })
  reversed: Opt<boolean> = false;
}

/** The last receipt number of a tenant's year (receipts are `RC<year>-<seq>`). */
@Entity({ tableName: 'receipt_counters' })
@Index({ name: 'receipt_counters_tenant_id_idx', properties: ['tenantId'] })
export class ReceiptCounter extends TenantOwned {
  [PrimaryKeyProp]?: ['tenantId', 'year'];

  @PrimaryKey({ type: 'uuid', fieldName: 'tenant_id' })
  declare tenantId: Opt<string>;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
