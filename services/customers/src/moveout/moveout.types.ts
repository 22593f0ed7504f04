import { registerEnumType } from 'type-graphql';

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
