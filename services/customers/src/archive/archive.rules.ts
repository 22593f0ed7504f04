import { StaffRole } from '@pm/contracts';
import { addPeriods, dateIn, dayOfPeriod, instantAt, monthOf } from '@pm/time';

/** R-ARC-1: the content index of a customer's archive (第6篇). */
export enum ArchiveSection {
  BASIC_INFO = 'BASIC_INFO',
  FIRE_ACCEPTANCE = 'FIRE_ACCEPTANCE',
  FIRE_RESPONSIBILITY_LETTER = 'FIRE_RESPONSIBILITY_LETTER',
  RENOVATION = 'RENOVATION',
  PATROL_AND_RECTIFICATION = 'PATROL_AND_RECTIFICATION',
  KITCHEN_DUCT_CLEANING = 'KITCHEN_DUCT_CLEANING',
  CORRESPONDENCE = 'CORRESPONDENCE',
  OTHER = 'OTHER',
}

/**
 * Items every archive must hold for the monthly completeness check (R-ARC-4, R-KPI-5): the
 * basic-information form (filled by registration) and the signed fire-safety responsibility
 * letter. The others depend on the unit (a shop has fire acceptance and duct cleaning, a flat not).
 */
export const REQUIRED_SECTIONS: readonly ArchiveSection[] = [
  ArchiveSection.BASIC_INFO,
  ArchiveSection.FIRE_RESPONSIBILITY_LETTER,
];

export function missingSections(present: readonly string[]): ArchiveSection[] {
  return REQUIRED_SECTIONS.filter((s) => !present.includes(s));
}

export enum LoanTerm {
  SHORT = 'SHORT',
  LONG = 'LONG',
}

export interface LoanPolicies {
  shortMax: number;
  longMax: number;
  defaultMax: number;
}

/** R-ARC-3: ≤ short max (3) for a short loan, ≤ long max (7) for a long one, default max when unsaid. */
export function loanMaxDays(term: LoanTerm | null | undefined, p: LoanPolicies): number {
  if (term === LoanTerm.SHORT) return p.shortMax;
  if (term === LoanTerm.LONG) return p.longMax;
  return p.defaultMax;
}

export function loanProblems(
  days: number,
  purpose: string,
  max: number,
): { field: string; message: string }[] {
  const out = [];
  if (!Number.isInteger(days) || days < 1) out.push({ field: 'days', message: 'must be at least 1 day' });
  else if (days > max) out.push({ field: 'days', message: `at most ${max} days (R-ARC-3)` });
  if (!purpose.trim()) out.push({ field: 'purpose', message: 'a purpose is required (R-ARC-2)' });
  return out;
}

/** An approved loan past its due time is overdue, whether or not a sweep has marked it yet. */
export function effectiveLoanStatus(status: string, dueAt: Date | null, now: Date): string {
  return status === 'APPROVED' && dueAt && dueAt.getTime() < now.getTime() ? 'OVERDUE' : status;
}

/** R-ARC-2: department managers approve loans and may read archives directly. */
const ARCHIVE_APPROVERS: readonly StaffRole[] = [StaffRole.SITE_MANAGER, StaffRole.CS_SUPERVISOR];

export const approvesArchives = (roles: readonly StaffRole[]) =>
  roles.some((r) => r === StaffRole.ADMIN || ARCHIVE_APPROVERS.includes(r));

/** Reading needs a manager's approval: a manager, or a borrower holding an approved, current loan. */
export function mayReadArchive(roles: readonly StaffRole[], hasCurrentLoan: boolean): boolean {
  return approvesArchives(roles) || hasCurrentLoan;
}

/**
 * R-ARC-4: when the monthly completeness check is next due — the start (property time) of the
 * policy's day of a month strictly after `now`; a day past a month's end is its last day.
 */
export function nextCompletenessCheck(now: Date, timeZone: string, day: number): Date {
  const period = monthOf(dateIn(now, timeZone));
  const thisMonth = instantAt(dayOfPeriod(period, day), timeZone);
  return thisMonth > now ? thisMonth : instantAt(dayOfPeriod(addPeriods(period, 1), day), timeZone);
}
