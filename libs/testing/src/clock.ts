import { Clock } from '@pm/time';

/**
 * The business clock of a test run. It starts at `PM_TEST_NOW` (an ISO instant) when the runner
 * sets one — `npm test` re-runs the date-sensitive suites at month ends, 29 February and a
 * Sunday→Monday midnight — and at the wall clock otherwise, and runs at real speed from there
 * (timers and timeouts still see time pass). Tests compute every business date from it and
 * hand it to the services they start, so no assertion depends on the day the tests run.
 */
export class TestClock implements Clock {
  private readonly startedAt = Date.now();
  private readonly origin: number;

  constructor(at = process.env.PM_TEST_NOW) {
    this.origin = at ? Date.parse(at) : this.startedAt;
    if (Number.isNaN(this.origin)) throw new Error(`PM_TEST_NOW must be an ISO instant, got "${at}"`);
  }

  now(): Date {
    return new Date(this.origin + (Date.now() - this.startedAt));
  }
}

/** One clock per test file (jest gives each file its own module registry). */
export const testClock = new TestClock();

/**
 * Runs one company's scheduled jobs due at `at`, however many, as the scheduler would by then.
 * Only that company's: the run's other suites (the demo company among them) share the database and
 * leave many jobs due at a test clock far from the wall clock's.
 */
export async function runJobsDue(
  scheduler: { runDue(at: Date, scope: { tenantId: string }): Promise<number> },
  tenantId: string,
  at: Date,
): Promise<void> {
  while ((await scheduler.runDue(at, { tenantId })) > 0);
}
