import { Check, Entity, Enum, Index, Opt, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar, FenScalar } from '@pm/graphql';
import { fen } from '../common/columns';
import { DepositKind, DepositNote, acceptedLate } from './deposit.rules';

registerEnumType(DepositKind, {
  valuesConfig: {
    RENOVATION: { description: 'Renovation deposit (装修押金).' },
    UTILITY: { description: 'Utilities deposit (水电押金).' },
    WORKER_PASS: { description: "Deposit for renovation workers' passes (出入证押金)." },
  },
  description: 'What a deposit secures (see R-BIL-10 in docs/domain-rules.md).',
  name: 'DepositKind',
});

/** A renovation, utility or worker-pass deposit (装修押金, R-BIL-10). */
@ObjectType({ description: 'A renovation, utility or worker-pass deposit (R-BIL-10).' })
@Entity({ tableName: 'deposits' })
@Index({ name: 'deposits_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'deposits_property_idx', properties: ['tenantId', 'propertyId'] })
@Check({ name: 'deposits_check', expression: 'deducted_fen >= 0 and deducted_fen <= amount_fen' })
export class Deposit extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the deposit.' })
  declare id: string;

  @Field(() => ID, { description: 'The unit the deposit is for.' })
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => ID, {
    description: 'The customer who paid it; null when unknown.',
    nullable: true,
  })
  @Property({ type: 'uuid', nullable: true })
  customerId?: string | null;

  @Field(() => DepositKind, {
    description: 'Renovation, utility or worker-pass deposit.',
  })
  @Enum({ items: () => DepositKind })
  kind!: DepositKind;

  @Field(() => FenScalar, { description: 'Amount received, in fen.' })
  @Property({ type: fen() })
  @Check({ name: 'deposits_amount_fen_check', expression: 'amount_fen > 0' })
  amountFen!: number;

  @Field(() => FenScalar, { description: 'Deducted, e.g. for lost worker passes.' })
  @Property({ type: fen(), default: 0 })
  deductedFen: Opt<number> = 0;

  @Field(() => DateScalar, { description: 'Day received (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => DateScalar, {
    description: 'Day of the formal renovation acceptance (YYYY-MM-DD); null before.',
    nullable: true,
  })
  @Property({ type: 'date', nullable: true })
  acceptedOn?: string | null;

  @Field(() => DateScalar, {
    description: 'Day the refund falls due (acceptance plus the policy months); null before acceptance.',
    nullable: true,
  })
  @Property({ type: 'date', nullable: true })
  refundDueOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The renovation whose formal acceptance (renovation.accepted) started the refund period.',
  })
  @Property({ type: 'uuid', nullable: true })
  renovationId?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Day the formal acceptance was due (billing.renovationAcceptanceWorkingDays working days, R-BIL-10).',
  })
  @Property({ type: 'date', nullable: true })
  acceptanceDueOn?: string | null;

  @Field(() => Boolean, { description: 'R-BIL-10: the formal acceptance took place after its due day.' })
  get acceptedLate(): Opt<boolean> {
    return acceptedLate(this);
  }

  @Field(() => String, {
    description: 'The structural or safety problem that stops the refund; null when none.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  problem?: string | null;

  @Field(() => DateScalar, {
    description: 'Day refunded (YYYY-MM-DD); null before.',
    nullable: true,
  })
  @Property({ type: 'date', nullable: true })
  refundedOn?: string | null;

  @Field(() => FenScalar, {
    description: 'Amount refunded, in fen (amount less deductions); null before.',
    nullable: true,
  })
  @Property({ type: fen(), nullable: true })
  refundedFen?: number | null;

  @Property({ type: 'uuid' })
  propertyId!: string;

  /** Deductions with their reasons. */
  @Property({ type: 'jsonb', defaultRaw: `'[]'` })
  notes: Opt<DepositNote[]> = [];
}
