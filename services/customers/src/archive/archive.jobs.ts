import { EntityManager } from '@mikro-orm/postgresql';
import { JobHandler, scheduleSingleton } from '@pm/jobs';
import { policyValue } from '@pm/policy';
import { dateIn, monthOf } from '@pm/time';
import { timeZoneOf } from '../property/property.service';
import { ArchiveCompletenessCheck } from './archive.entity';
import { nextCompletenessCheck } from './archive.rules';
import { ArchiveService } from './archive.service';

/** R-ARC-4: a property's monthly archive completeness check, kept, then moved to next month. */
export const ARCHIVE_COMPLETENESS_JOB = 'customers.archive-completeness';

const checkDay = (em: EntityManager, date: string) =>
  policyValue<number>(em, 'archives.completenessCheckDayOfMonth', null, date);

/** The next check of a property on the policy's day (property time) after `now`: one pending job each. */
export async function armArchiveCompletenessCheck(
  em: EntityManager,
  propertyId: string,
  timeZone: string,
  now: Date,
): Promise<void> {
  const day = await checkDay(em, dateIn(now, timeZone));
  await scheduleSingleton(
    em,
    `archive-completeness:${propertyId}`,
    ARCHIVE_COMPLETENESS_JOB,
    nextCompletenessCheck(now, timeZone, day),
    { propertyId },
  );
}

/**
 * Runs the same check as the on-demand query and keeps it as the month's (the month it runs in,
 * property time; a repeated run of a month replaces its result), then re-arms on the policy's day.
 */
export function archiveCompletenessJob(): JobHandler {
  return async (em, { propertyId }, job) => {
    const timeZone = await timeZoneOf(em, propertyId);
    const today = dateIn(job.now, timeZone);
    const result = await ArchiveService.completenessIn(em, propertyId);
    const values = {
      checkedAt: job.now,
      archivesChecked: result.archivesChecked,
      incomplete: result.incomplete,
      gaps: result.rows.map((r) => ({ customerId: r.customerId, missingSections: r.missingSections })),
    };
    const period = monthOf(today);
    const kept = await em.findOne(ArchiveCompletenessCheck, { propertyId, period });
    if (kept) em.assign(kept, values);
    else em.create(ArchiveCompletenessCheck, { propertyId, period, ...values });
    return { rerunAt: nextCompletenessCheck(job.now, timeZone, await checkDay(em, today)) };
  };
}
