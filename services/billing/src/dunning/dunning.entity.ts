import { Check, Entity, Index, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity, foreignKey } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Bill } from '../bill/bill.entity';

/** A dunning round (催缴, R-BIL-6) of a bill; made in bulk by `generateDunning`. */
@ObjectType({ description: 'A dunning round (催缴, R-BIL-6) and its delivery.' })
@Entity({ tableName: 'dunning_rounds' })
@Unique({ name: 'dunning_rounds_tenant_id_bill_id_round_key', properties: ['tenantId', 'billId', 'round'] })
@Index({ name: 'dunning_rounds_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'dunning_rounds_bill_idx', properties: ['tenantId', 'billId'] })
export class DunningRound extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the round.' })
  declare id: string;

  @ManyToOne(() => Bill, { ...foreignKey('dunning_rounds_bill_id_fkey'), fieldName: 'bill_id' })
  billId!: string;

  @Field(() => Int, { description: 'Round number: 1, 2 or 3.' })
  @Property({ type: 'integer' })
  @Check({ name: 'dunning_rounds_round_check', expression: 'round >= 1 and round <= 9' })
  round!: number;

  @Field(() => DateScalar, {
    description: 'Day the round falls due (YYYY-MM-DD).',
  })
  @Property({ type: 'date' })
  scheduledOn!: string;

  /** Date of the round's current notice (催款通知书, R-DOC-3): the schedule day, moved on by a reissue. */
  @Field(() => DateScalar, {
    description:
      "Date of the round's current notice (YYYY-MM-DD): the day it fell due, or the day it was last reissued.",
  })
  @Property({ type: 'date' })
  noticeDate!: string;

  @Field({
    description: 'PROPERTY_ASSISTANT (1, by hand), CS_SUPERVISOR (2, visit), CS_HEAD (3, in writing).',
  })
  @Property({ type: 'text' })
  responsibleRole!: string;

  @Field({
    description: 'How it is delivered: BY_HAND, VISIT or IN_WRITING.',
  })
  @Property({ type: 'text' })
  method!: string;

  /** When the round was generated: the row's creation time. */
  @Field({ description: 'When the round was generated (UTC).', name: 'generatedAt' })
  @Property({ type: 'timestamptz', fieldName: 'generated_at', defaultRaw: 'now()' })
  declare createdAt: Date;

  @Field(() => Date, {
    description: 'When it was delivered (UTC); null until recorded.',
    nullable: true,
  })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;

  @Field(() => Boolean, {
    description: 'Whether the customer signed the receipt slip (签收).',
  })
  @Property({ type: 'boolean', default: false })
  signedReceipt: Opt<boolean> = false;

  @Field(() => String, {
    description: 'Note of the delivery; null when none.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'text', nullable: true })
  deliveredBy?: string | null;
}
