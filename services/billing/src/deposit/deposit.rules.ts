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
