import { validationFailed } from '@pm/graphql';

export enum DepositKind {
  RENOVATION = 'RENOVATION',
  UTILITY = 'UTILITY',
  WORKER_PASS = 'WORKER_PASS',
}

/** A deduction and its reason, kept on the deposit. */
export interface DepositNote {
  amountFen: number;
  reason: string;
}

export const bad = (field: string, message: string) => validationFailed(message, [{ field, message }]);

type DepositState = {
  kind: DepositKind;
  amountFen: number;
  deductedFen: number;
  refundDueOn?: string | null;
  problem?: string | null;
  refundedOn?: string | null;
};

/** A deduction (e.g. a lost worker pass) never takes the deposit below zero. */
export function assertDeductible(d: DepositState, amountFen: number): void {
  if (d.refundedOn) throw bad('id', 'already refunded');
  if (d.deductedFen + amountFen > d.amountFen) throw bad('amountFen', 'more than the deposit left');
}

/**
 * R-BIL-10: refunded once, never with a structural or safety problem recorded; renovation and
 * utility deposits only from the refund date set at acceptance.
 */
export function assertRefundable(d: DepositState, on: string): void {
  if (d.refundedOn) throw bad('id', 'already refunded');
  if (d.problem) throw bad('id', `a problem is recorded: ${d.problem}`);
  if (d.kind !== DepositKind.WORKER_PASS && (!d.refundDueOn || on < d.refundDueOn))
    throw bad(
      'on',
      d.refundDueOn ? `refund falls due on ${d.refundDueOn}` : 'the renovation is not accepted yet',
    );
}

/** R-BIL-10: formal acceptance after the working day it was due by. */
export const acceptedLate = (d: { acceptedOn?: string | null; acceptanceDueOn?: string | null }): boolean =>
  !!d.acceptedOn && !!d.acceptanceDueOn && d.acceptedOn > d.acceptanceDueOn;

/** R-BIL-10: the deposits a renovation's acceptance starts the refund period of: not accepted or refunded yet. */
export const ACCEPTED_WITH_RENOVATION = [DepositKind.RENOVATION, DepositKind.UTILITY];
