import { BillingRunStatus } from './bill-run.entity';
import { mayRestart } from './bill-run.rules';

const now = new Date('2026-11-27T04:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('R-BIL-2 bill run attempts', () => {
  it('R-BIL-2 a finished or failed run may run again; a running one only once its heartbeat stopped', () => {
    expect(mayRestart({ status: BillingRunStatus.DONE, startedAt: now }, now)).toBe(true);
    expect(mayRestart({ status: BillingRunStatus.FAILED, startedAt: now }, now)).toBe(true);
    expect(mayRestart({ status: BillingRunStatus.RUNNING, startedAt: ago(60_000) }, now)).toBe(false);
    expect(mayRestart({ status: BillingRunStatus.RUNNING, startedAt: ago(5 * 60_000 + 1) }, now)).toBe(true);
  });
});
