import { BillingRunStatus } from './bill-run.entity';

/** A run RUNNING without a heartbeat for this long is taken over by a new runBilling. */
const STALE_MS = 5 * 60_000;

/** A new attempt may start when the last one ended, or stopped beating (its process died). */
export const mayRestart = (run: { status: BillingRunStatus; startedAt: Date }, now: Date) =>
  run.status !== BillingRunStatus.RUNNING || run.startedAt.getTime() < now.getTime() - STALE_MS;
