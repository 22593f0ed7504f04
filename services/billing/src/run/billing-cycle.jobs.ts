import { EntityManager } from '@mikro-orm/postgresql';
import { Events } from '@pm/contracts';
import { publishInTx } from '@pm/events';
import { JobHandler, ScheduledJob, scheduleSingleton } from '@pm/jobs';
import { requireTenant } from '@pm/tenant-context';
import { dateIn, dayOfPeriod } from '@pm/time';
import { billingPolicy } from '../common/policies';
import { UnitProjection } from '../projection/projection.entity';
import { BillRunService } from './bill-run.service';
import { BillingRunStatus } from './bill-run.entity';
import { nextMonthlyRun, periodOfRun } from './billing-cycle.rules';

/** R-BIL-2: the meters of a property are read around the meter-reading day (抄表). */
export const METER_READING_JOB = 'billing.meter-reading';
/** R-BIL-2: the month's bills are run on the notice day, before the boundary day (交款通知书). */
export const BILL_RUN_JOB = 'billing.bill-run';

const keys = (propertyId: string) => ({
  [METER_READING_JOB]: `meter-reading:${propertyId}`,
  [BILL_RUN_JOB]: `bill-run:${propertyId}`,
});

/** The property's days from its policy as of `now` (property time). */
async function cycleDays(em: EntityManager, propertyId: string, now: Date) {
  const first = await billingPolicy(em, propertyId, dateIn(now, 'UTC'));
  const pol = await billingPolicy(em, propertyId, dateIn(now, first.timeZone));
  return { timeZone: pol.timeZone, [METER_READING_JOB]: pol.meterReadingDay, [BILL_RUN_JOB]: pol.noticeDay };
}

/**
 * Arms the monthly meter-reading and bill-run jobs of a property (one pending job of each per
 * property). With `onlyIfMissing` an armed job is left where it is: the daily dunning pass calls
 * it so properties billing learnt before these jobs existed get them too.
 */
export async function armBillingCycle(
  em: EntityManager,
  propertyId: string,
  now: Date,
  onlyIfMissing = false,
): Promise<void> {
  const days = await cycleDays(em, propertyId, now);
  for (const [kind, key] of Object.entries(keys(propertyId))) {
    if (onlyIfMissing && (await em.findOne(ScheduledJob, { singletonKey: key, status: 'PENDING' }))) continue;
    const day = days[kind as keyof ReturnType<typeof keys>];
    await scheduleSingleton(em, key, kind, nextMonthlyRun(now, days.timeZone, day), { propertyId });
  }
}

/** Announces the month's meter reading (R-BIL-2), then moves to next month's reading day. */
export function meterReadingJob(): JobHandler {
  return async (em, { propertyId }, job) => {
    const days = await cycleDays(em, propertyId, job.now);
    const period = periodOfRun(job.runAt, days.timeZone);
    await publishInTx(em, Events.meterReadingDue, {
      propertyId,
      period,
      readOn: dayOfPeriod(period, days[METER_READING_JOB]),
      units: await em.count(UnitProjection, { propertyId }),
    });
    return { rerunAt: nextMonthlyRun(job.now, days.timeZone, days[METER_READING_JOB]) };
  };
}

/**
 * Runs the bills of the period the job was scheduled for (R-BIL-2), dated that period's notice day
 * however late it runs. A run that fails, or is held by another replica, fails the job: it is tried
 * again with back-off and moves to next month only once the period is billed.
 */
export function billRunJob(runs: BillRunService): JobHandler {
  return async (em, { propertyId }, job) => {
    const days = await cycleDays(em, propertyId, job.now);
    const period = periodOfRun(job.runAt, days.timeZone);
    const run = await runs.runToEnd(requireTenant(), { propertyId, period });
    if (run.status !== BillingRunStatus.DONE)
      throw new Error(`bill run ${run.id} of ${period} is ${run.status}: ${run.error ?? 'still running'}`);
    return { rerunAt: nextMonthlyRun(job.now, days.timeZone, days[BILL_RUN_JOB]) };
  };
}
