import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
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

/** Why the request was made: leaving (R-CUS-6) or selling the unit (R-CUS-7). */
export enum MoveOutReason {
  MOVE_OUT = 'MOVE_OUT',
  OWNERSHIP_TRANSFER = 'OWNERSHIP_TRANSFER',
}

/** What the gate's scan answers (R-DOC-4): whether to let the goods out, and what the pass says. */
@ObjectType({ description: 'The gate’s check of a release pass (放行条, R-DOC-4).' })
export class ReleasePassCheck {
  @Field()
  number!: string;

  @Field({ description: 'True only for a cleared pass on one of its valid days.' })
  valid!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why not: NOT_FOUND, NOT_CLEARED, NOT_YET_VALID or EXPIRED.',
  })
  reason?: string | null;

  @Field(() => DateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  validUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'To compare with the person at the gate.' })
  customerName?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. 3栋1203.' })
  unit?: string | null;

  @Field(() => String, { nullable: true })
  goodsDescription?: string | null;

  @Field(() => ID, { nullable: true })
  moveOutRequestId?: string | null;
}
