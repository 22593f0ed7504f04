import { addDays, isCalendarDate } from '@pm/time';
import { Problem } from '../ticket/ticket.rules';

export interface OccupancySpan {
  /** Null: the end was heard before the start, so the start is not known yet (taken as long ago). */
  startDate?: string | null;
  /** The last day occupied; null while it lasts. */
  endDate?: string | null;
}

/**
 * Whether a unit is vacant on `date` — no occupancy covers it — and since when: the day after
 * the last occupancy that ended before it, or null when none did (never occupied, as far as
 * tickets has heard).
 */
export function vacancyOn(
  occupancies: readonly OccupancySpan[],
  date: string,
): { vacant: boolean; since: string | null } {
  const covers = (o: OccupancySpan) =>
    (!o.startDate || o.startDate <= date) && (!o.endDate || o.endDate >= date);
  if (occupancies.some(covers)) return { vacant: false, since: null };
  const ended = occupancies.map((o) => o.endDate).filter((d): d is string => !!d && d < date);
  return { vacant: true, since: ended.length ? addDays(ended.sort().at(-1)!, 1) : null };
}

export interface CleaningStatus {
  lastCleanedOn: string | null;
  nextDueOn: string | null;
  dueBy: string | null;
  due: boolean;
  overdue: boolean;
}

/**
 * R-TKT-16 "每半月清洁一次": a vacant unit is cleaned at least once every `intervalDays`.
 * - Only cleanings of the current vacancy count: one before the last occupant left says nothing
 *   about the state the occupant left it in.
 * - Cleaned on L: the next cleaning is due on L + interval and overdue the day after.
 * - Not cleaned since it became vacant on V: due at once (a move-out leaves the unit to clean,
 *   so it goes into the next round), overdue after V + interval — the same half month a
 *   cleaned unit gets.
 * - Never occupied and never cleaned: due and overdue, as nothing shows a cleaning in the last
 *   half month.
 */
export function cleaningStatus(
  vacantSince: string | null,
  lastCleaning: string | null,
  asOf: string,
  intervalDays: number,
): CleaningStatus {
  const lastCleanedOn = lastCleaning && (!vacantSince || lastCleaning >= vacantSince) ? lastCleaning : null;
  const nextDueOn = lastCleanedOn ? addDays(lastCleanedOn, intervalDays) : vacantSince;
  const from = lastCleanedOn ?? vacantSince;
  const dueBy = from ? addDays(from, intervalDays) : null;
  return {
    lastCleanedOn,
    nextDueOn,
    dueBy,
    due: !nextDueOn || nextDueOn <= asOf,
    overdue: !dueBy || asOf > dueBy,
  };
}

/**
 * The order units are cleaned in, and the next round's batch (分期分批): overdue first, then the
 * longest waiting (earliest nextDueOn, unknown first), then building and number; the first
 * `batchSize` due units (all of them at 0) make the round.
 */
export function vacantCleaningRound<
  T extends CleaningStatus & { building: string; number: string; unitId: string },
>(units: readonly T[], batchSize: number): (T & { inNextBatch: boolean })[] {
  const key = (u: T) => [u.overdue ? 0 : 1, u.nextDueOn ?? '', u.building, u.number, u.unitId] as const;
  const sorted = [...units].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    return 0;
  });
  let taken = 0;
  return sorted.map((u) => {
    const inNextBatch = u.due && (batchSize === 0 || taken < batchSize);
    if (inNextBatch) taken++;
    return { ...u, inNextBatch };
  });
}

/** What a cleaning record must carry before anything is written (R-TKT-16). */
export function vacantCleaningProblems(input: {
  cleanedOn: string;
  today: string;
  itemsDone: readonly string[];
  cleaner?: string;
  note?: string;
  damages: readonly { description: string }[];
}): Problem[] {
  const problems: Problem[] = [];
  if (!isCalendarDate(input.cleanedOn)) problems.push({ field: 'input.cleanedOn', message: 'YYYY-MM-DD' });
  else if (input.cleanedOn > input.today)
    problems.push({ field: 'input.cleanedOn', message: 'cannot be in the future' });
  if (!input.itemsDone.length)
    problems.push({ field: 'input.itemsDone', message: 'at least one checklist item done' });
  if ((input.cleaner?.trim().length ?? 0) > 200)
    problems.push({ field: 'input.cleaner', message: 'at most 200 characters' });
  if ((input.note?.trim().length ?? 0) > 2000)
    problems.push({ field: 'input.note', message: 'at most 2000 characters' });
  input.damages.forEach((d, i) => {
    const text = d.description.trim();
    if (!text || text.length > 2000)
      problems.push({ field: `input.damages.${i}.description`, message: '1–2000 characters' });
  });
  return problems;
}
