import { EntityManager } from '@mikro-orm/postgresql';
import { JobHandler, scheduleSingleton } from '@pm/jobs';
import { policyValue } from '@pm/policy';
import { requireTenant } from '@pm/tenant-context';
import { Clock, addDays, dateIn, instantAt } from '@pm/time';
import { propertyTimeZone } from '../projection/projection.service';
import { DunningService } from './dunning.service';
import { armBillingCycle } from '../run/billing-cycle.jobs';

/** The daily dunning pass of one property (R-BIL-6), a periodic job on libs/jobs. */
export const DUNNING_JOB = 'billing.dunning';

/** The next run: today's run hour in the property's zone if still ahead, else tomorrow's. */
export async function nextDunningRun(em: EntityManager, propertyId: string, now: Date): Promise<Date> {
  const tz = await propertyTimeZone(em, propertyId);
  const today = dateIn(now, tz);
  const hour = Number(await policyValue(em, 'billing.dunningRunHour', propertyId, today));
  const at = instantAt(today, tz, hour * 60);
  return at > now ? at : instantAt(addDays(today, 1), tz, hour * 60);
}

/** Arms the daily pass of a property billing has just learnt (one pending job per property). */
export async function scheduleDunning(em: EntityManager, propertyId: string, now: Date): Promise<void> {
  await scheduleSingleton(
    em,
    `dunning:${propertyId}`,
    DUNNING_JOB,
    await nextDunningRun(em, propertyId, now),
    {
      propertyId,
    },
  );
}

/** Writes the rounds due today in the property's zone, then moves the job to the next day. */
export function dunningJob(dunning: DunningService, clock: Clock): JobHandler {
  return async (em, { propertyId }) => {
    const now = clock.now();
    const today = dateIn(now, await propertyTimeZone(em, propertyId));
    await dunning.generateDunning(requireTenant(), today, propertyId);
    // Properties learnt before the monthly cycle existed are armed here (R-BIL-2).
    await armBillingCycle(em, propertyId, now, true);
    return { rerunAt: await nextDunningRun(em, propertyId, now) };
  };
}
