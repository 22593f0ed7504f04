import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';

export enum MoveOutStatus {
  PENDING_CLEARANCE = 'PENDING_CLEARANCE',
  CLEARED = 'CLEARED',
  BLOCKED_ARREARS = 'BLOCKED_ARREARS',
  REJECTED = 'REJECTED',
}
registerEnumType(MoveOutStatus, {
  name: 'MoveOutStatus',
  description: 'Cleared only by billing’s clearance.decided (R-BIL-9).',
});

@ObjectType()
export class MoveOutRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => MoveOutStatus)
  status!: MoveOutStatus;

  @Field(() => String, { nullable: true, description: 'Release pass (放行条) number, e.g. RP-2026-000123.' })
  releasePassNumber?: string | null;

  @Field(() => String, { nullable: true })
  blockedReason?: string | null;

  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar)
  plannedDate!: string;

  @Field({ description: 'MOVE_OUT or OWNERSHIP_TRANSFER.' })
  reason!: string;

  @Field()
  cardsReturned!: boolean;
}

@InputType()
export class MoveOutInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar)
  plannedDate!: string;

  @Field(() => Boolean, { nullable: true })
  ownerConsent?: boolean | null;
}

@InputType()
export class TransferOwnershipInput {
  @Field(() => ID, { description: 'The current owner.' })
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The new owner, registered; goes through move-in (R-CUS-7).',
  })
  newOwnerId?: string | null;

  @Field(() => DateScalar)
  plannedDate!: string;

  @Field({ description: 'Transfer contract and notarisation seen.' })
  contractNotarised!: boolean;
}

@InputType()
export class FeePayerInput {
  @Field({ description: 'Fee item, e.g. MANAGEMENT, WATER, ELECTRICITY.' })
  feeItem!: string;

  @Field({ description: 'OWNER or LESSEE.' })
  payer!: string;
}

@ObjectType()
export class FeePayer {
  @Field()
  feeItem!: string;

  @Field()
  payer!: string;
}

@InputType()
export class SubletInput {
  @Field(() => ID)
  ownerId!: string;

  @Field(() => ID)
  lesseeId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => [FeePayerInput])
  feePayers!: FeePayerInput[];
}

@ObjectType({ description: 'R-CUS-8: a sublet with who pays which fee item.' })
export class Sublet {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  ownerId!: string;

  @Field(() => ID)
  lesseeId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => [FeePayer])
  feePayers!: FeePayer[];
}

export const MOVE_OUT_COLUMNS = `id, status, release_pass_number, blocked_reason, customer_id, unit_id, planned_date::text as planned_date, reason, cards_returned, property_id`;

export function toMoveOut(r: any): MoveOutRequest {
  return Object.assign(new MoveOutRequest(), {
    id: r.id,
    status: r.status,
    releasePassNumber: r.release_pass_number,
    blockedReason: r.blocked_reason,
    customerId: r.customer_id,
    unitId: r.unit_id,
    plannedDate: r.planned_date,
    reason: r.reason,
    cardsReturned: r.cards_returned,
  });
}
