import { addDays, addWorkingDays } from '@pm/time';

/** Where a renovation stands (第4篇 7, R-CUS-11). */
export enum RenovationStatus {
  /** Applied for; works under way or awaiting the initial inspection. */
  APPLIED = 'APPLIED',
  /** The initial inspection (初验, with concealed works) passed; the formal one is next. */
  INITIAL_PASSED = 'INITIAL_PASSED',
  /** Formally accepted (正式验收): the deposit refund period starts (R-BIL-10). */
  ACCEPTED = 'ACCEPTED',
}

export enum InspectionKind {
  INITIAL = 'INITIAL',
  FORMAL = 'FORMAL',
  /** Initial and formal in one visit, for a small job without alterations (7.1.3). */
  COMBINED = 'COMBINED',
}

type Problem = { field: string; message: string };

/** R-CUS-11: the application comes at least `leadDays` before the works start (7.3.1). */
export function applicationProblems(a: {
  startDate: string;
  today: string;
  leadDays: number;
  contractor: string;
  works: readonly string[];
}): Problem[] {
  const problems: Problem[] = [];
  if (a.startDate < addDays(a.today, a.leadDays))
    problems.push({ field: 'startDate', message: `at least ${a.leadDays} day(s) after the application` });
  if (!a.contractor.trim() || a.contractor.trim().length > 100)
    problems.push({ field: 'contractor', message: '1..100 characters' });
  problems.push(...worksProblems(a.works));
  return problems;
}

export function worksProblems(works: readonly string[]): Problem[] {
  if (!works.length || works.length > 50) return [{ field: 'works', message: '1..50 items' }];
  if (works.some((w) => !w.trim() || w.trim().length > 200))
    return [{ field: 'works', message: 'each item 1..200 characters' }];
  return [];
}

/**
 * R-CUS-11: which inspection may be asked for now, or why not. No inspection while a violation is
 * open (7.2.1, 7.3.3); formal only after a passed initial one (7.2.2); combined only for a small
 * job when the company allows it (7.1.3); nothing after acceptance — added works apply anew.
 */
export function inspectionRefusal(r: {
  status: RenovationStatus;
  kind: InspectionKind;
  smallJob: boolean;
  combinedAllowed: boolean;
  openViolations: number;
}): string | null {
  if (r.status === RenovationStatus.ACCEPTED) return 'the renovation is already accepted';
  if (r.openViolations > 0) return 'no inspection while violations are open (7.2.1)';
  if (r.kind === InspectionKind.COMBINED) {
    if (!r.smallJob) return 'a combined inspection is only for a small job without alterations';
    if (!r.combinedAllowed) return 'the company does not allow combined inspections';
    if (r.status !== RenovationStatus.APPLIED) return 'the initial inspection has already passed';
  }
  if (r.kind === InspectionKind.INITIAL && r.status !== RenovationStatus.APPLIED)
    return 'the initial inspection has already passed';
  if (r.kind === InspectionKind.FORMAL && r.status !== RenovationStatus.INITIAL_PASSED)
    return 'the formal inspection comes after a passed initial inspection';
  return null;
}

/** The status after an inspection of `kind` passed. */
export const statusAfterPass = (kind: InspectionKind): RenovationStatus =>
  kind === InspectionKind.INITIAL ? RenovationStatus.INITIAL_PASSED : RenovationStatus.ACCEPTED;

/**
 * R-CUS-11 / R-BIL-10: an inspection is due within `calendarDays` (三日内); formal acceptance (also
 * in a combined visit) within `acceptanceWorkingDays` working days of the request too, whichever
 * comes first. Null working days: an initial inspection.
 */
export function inspectionDue(
  requestedOn: string,
  calendarDays: number,
  acceptanceWorkingDays: number | null,
): string {
  const byCalendar = addDays(requestedOn, calendarDays);
  if (acceptanceWorkingDays == null) return byCalendar;
  const byWorkingDays = addWorkingDays(requestedOn, acceptanceWorkingDays);
  return byWorkingDays < byCalendar ? byWorkingDays : byCalendar;
}

/** R-CUS-11: an inspection not carried out by its due date is overdue (三日内, 7.3.2). */
export const inspectionOverdue = (dueOn: string | null | undefined, today: string): boolean =>
  !!dueOn && today > dueOn;
