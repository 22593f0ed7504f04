import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';

export enum MoveOutStatus {
  PENDING_CLEARANCE = 'PENDING_CLEARANCE',
  CLEARED = 'CLEARED',
  BLOCKED_ARREARS = 'BLOCKED_ARREARS',
  REJECTED = 'REJECTED',
}
registerEnumType(MoveOutStatus, {
  valuesConfig: {
    PENDING_CLEARANCE: { description: "Waiting for billing's clearance." },
    CLEARED: {
      description: 'Cleared: no arrears; the release pass can be printed.',
    },
    BLOCKED_ARREARS: {
      description: 'Blocked: the customer is in arrears (see R-BIL-9 in docs/domain-rules.md).',
    },
    REJECTED: {
      description: "Rejected, e.g. the lessee lacks the owner's consent.",
    },
  },
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
  @Field({ description: 'The pass number checked.' })
  number!: string;

  @Field({ description: 'True only for a cleared pass on one of its valid days.' })
  valid!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why not: NOT_FOUND, NOT_CLEARED, NOT_YET_VALID or EXPIRED.',
  })
  reason?: string | null;

  @Field(() => DateScalar, {
    description: 'First valid day (YYYY-MM-DD); null when not found.',
    nullable: true,
  })
  validFrom?: string | null;

  @Field(() => DateScalar, {
    description: 'Last valid day (YYYY-MM-DD); null when not found.',
    nullable: true,
  })
  validUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'To compare with the person at the gate.' })
  customerName?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. 3栋1203.' })
  unit?: string | null;

  @Field(() => String, { description: 'Goods the pass lets out.', nullable: true })
  goodsDescription?: string | null;

  @Field(() => ID, {
    description: 'The move-out request the pass belongs to.',
    nullable: true,
  })
  moveOutRequestId?: string | null;
}

/** R-CUS-7: what the old owner hands back before an ownership transfer completes. */
export enum TransferReturnItem {
  COVENANT = 'COVENANT',
  MANUALS = 'MANUALS',
  ACCESS_CARDS = 'ACCESS_CARDS',
  PARKING_CARDS = 'PARKING_CARDS',
}
registerEnumType(TransferReturnItem, {
  name: 'TransferReturnItem',
  description: 'What the old owner returns on an ownership transfer (see R-CUS-7 in docs/domain-rules.md).',
  valuesConfig: {
    COVENANT: { description: 'The management covenant (公约).' },
    MANUALS: { description: 'The unit’s manuals (使用说明书).' },
    ACCESS_CARDS: { description: 'Access cards (门禁卡).' },
    PARKING_CARDS: { description: 'Parking cards (停车卡).' },
  },
});

/** R-CUS-7: what becomes of the old owner's archive. */
export enum TransferArchiveDecision {
  KEEP = 'KEEP',
  DESTROY = 'DESTROY',
}
registerEnumType(TransferArchiveDecision, {
  name: 'TransferArchiveDecision',
  description: 'The old owner’s archive on an ownership transfer: kept, or destroyed (R-CUS-7, R-ARC-4).',
  valuesConfig: {
    KEEP: { description: 'The archive is kept.' },
    DESTROY: {
      description:
        'The archive is destroyed: a destruction request a manager approves with a record (R-ARC-4).',
    },
  },
});

@ObjectType({ description: 'One item the old owner returned on an ownership transfer (R-CUS-7).' })
export class TransferReturn {
  @Field(() => TransferReturnItem, { description: 'What was returned.' })
  item!: TransferReturnItem;

  @Field({ description: 'When it was returned (UTC).' })
  returnedAt!: Date;

  @Field({ description: 'Who received it for the company.' })
  receivedBy!: string;
}
