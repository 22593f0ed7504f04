import { StaffRole } from '@pm/contracts';
import { SheetKind } from '../scoring/codes';
import { Frequency, periodOf, periodsStartingIn } from './dates';

/** What the schedule needs to know of a person (from `staff.joined`). */
export interface StaffInfo {
  id: string;
  roles: string[];
  propertyIds: string[];
  managerId?: string | null;
  /** Calendar date the person joined; no check is due for a period that ended before it. */
  joinedOn: string;
  /**
   * Calendar date the person left (`staff.left`, R-PLT-2): periods ending on or after it are
   * released — nobody owes a check of them, they owe none, and in the reporting line they no
   * longer stand in for the others of their level.
   */
  leftOn?: string | null;
}

/** Whether the person was still there at the end of the period. */
const presentThrough = (s: StaffInfo, end: string) => !s.leftOn || end < s.leftOn;

/**
 * Levels of 第7篇 3.0 mapped onto platform roles (R-APR-1):
 * COMPANY = 公司经理 (HQ, ADMIN) · DIRECTOR = 管理处主任 (SITE_MANAGER) ·
 * SUPERVISOR = 主管 (CS_SUPERVISOR, ENGINEERING_SUPERVISOR) · LEADER = 组长 (anyone else
 * whom somebody reports to via managerId) · STAFF = 管理员 (everyone else).
 */
export enum Tier {
  STAFF = 0,
  LEADER = 1,
  SUPERVISOR = 2,
  DIRECTOR = 3,
  COMPANY = 4,
}

const SUPERVISOR_ROLES: string[] = [StaffRole.CS_SUPERVISOR, StaffRole.ENGINEERING_SUPERVISOR];

export function roleTier(roles: string[]): Tier {
  if (roles.includes(StaffRole.HQ) || roles.includes(StaffRole.ADMIN)) return Tier.COMPANY;
  if (roles.includes(StaffRole.SITE_MANAGER)) return Tier.DIRECTOR;
  if (roles.some((r) => SUPERVISOR_ROLES.includes(r))) return Tier.SUPERVISOR;
  return Tier.STAFF;
}

export function tierOf(s: StaffInfo, all: StaffInfo[]): Tier {
  const t = roleTier(s.roles);
  if (t !== Tier.STAFF) return t;
  return all.some((o) => o.managerId === s.id && o.id !== s.id) ? Tier.LEADER : Tier.STAFF;
}

/** Manager sheet for supervisors, site directors and company roles; staff sheet otherwise. */
export function sheetFor(roles: string[]): SheetKind {
  return roleTier(roles) >= Tier.SUPERVISOR ? SheetKind.MANAGER : SheetKind.STAFF;
}

export interface FrequencyPolicies {
  leaderOfStaff: Frequency;
  supervisor: Frequency;
  directorOfSupervisors: Frequency;
  directorOfLeadersAndStaff: Frequency;
  companyOfDirector: Frequency;
}

export const FREQUENCY_POLICY_KEYS: Record<keyof FrequencyPolicies, string> = {
  leaderOfStaff: 'appraisal.leaderCheckOfStaffFrequency',
  supervisor: 'appraisal.supervisorCheckFrequency',
  directorOfSupervisors: 'appraisal.directorCheckOfSupervisorsFrequency',
  directorOfLeadersAndStaff: 'appraisal.directorCheckOfLeadersAndStaffFrequency',
  companyOfDirector: 'appraisal.managerCheckOfDirectorFrequency',
};

/** The frequencies out of policy values keyed by `FREQUENCY_POLICY_KEYS` (e.g. `withPolicyDefaults`). */
export function frequencyPolicies(values: Record<string, unknown>): FrequencyPolicies {
  return Object.fromEntries(
    Object.entries(FREQUENCY_POLICY_KEYS).map(([k, key]) => [k, values[key]]),
  ) as unknown as FrequencyPolicies;
}

export type RelationKind =
  | 'LEADER_OF_STAFF'
  | 'SUPERVISOR_OF_LEADERS_AND_STAFF'
  | 'DIRECTOR_OF_SUPERVISORS'
  | 'DIRECTOR_OF_LEADERS_AND_STAFF'
  | 'COMPANY_OF_DIRECTOR';

export interface Relation {
  kind: RelationKind;
  frequency: Frequency;
}

const shareProperty = (a: StaffInfo, b: StaffInfo) => a.propertyIds.some((p) => b.propertyIds.includes(p));

/** The scheduled relations in which `checker` checks `target` (R-APR-1); empty when none. */
export function relationsBetween(
  checker: StaffInfo,
  target: StaffInfo,
  all: StaffInfo[],
  f: FrequencyPolicies,
): Relation[] {
  if (checker.id === target.id) return [];
  const ct = tierOf(checker, all);
  const tt = tierOf(target, all);
  const out: Relation[] = [];
  if (tt === Tier.STAFF && target.managerId === checker.id && ct <= Tier.LEADER)
    out.push({ kind: 'LEADER_OF_STAFF', frequency: f.leaderOfStaff });
  if (ct === Tier.SUPERVISOR && tt <= Tier.LEADER && shareProperty(checker, target))
    out.push({ kind: 'SUPERVISOR_OF_LEADERS_AND_STAFF', frequency: f.supervisor });
  if (ct === Tier.DIRECTOR && tt === Tier.SUPERVISOR && shareProperty(checker, target))
    out.push({ kind: 'DIRECTOR_OF_SUPERVISORS', frequency: f.directorOfSupervisors });
  if (ct === Tier.DIRECTOR && tt <= Tier.LEADER && shareProperty(checker, target))
    out.push({ kind: 'DIRECTOR_OF_LEADERS_AND_STAFF', frequency: f.directorOfLeadersAndStaff });
  if (ct === Tier.COMPANY && tt === Tier.DIRECTOR)
    out.push({ kind: 'COMPANY_OF_DIRECTOR', frequency: f.companyOfDirector });
  return out;
}

export type CheckDecision = { allowed: true; relations: Relation[] } | { allowed: false; reason: string };

/**
 * Who may record a check of whom: anyone with a scheduled relation (R-APR-1), and company
 * roles (HQ, ADMIN: 公司经理, internal audit) for spot checks of anyone. Nobody checks
 * themselves. A caller without a staff record (the company admin created at sign-up) is
 * treated as a company role when its token says ADMIN or HQ.
 */
export function mayCheck(
  checker: StaffInfo,
  target: StaffInfo,
  all: StaffInfo[],
  f: FrequencyPolicies,
): CheckDecision {
  if (checker.id === target.id) return { allowed: false, reason: 'nobody checks themselves' };
  const relations = relationsBetween(checker, target, all, f);
  if (relations.length) return { allowed: true, relations };
  if (tierOf(checker, all) === Tier.COMPANY && tierOf(target, all) < Tier.COMPANY)
    return { allowed: true, relations: [] };
  if (roleTier(checker.roles) === Tier.COMPANY && checker.roles.includes(StaffRole.ADMIN))
    return { allowed: true, relations: [] };
  return { allowed: false, reason: 'the check schedule does not let you check this person (R-APR-1)' };
}

/** The people above `s` in the reporting line (managerId chain), nearest first. */
function chain(s: StaffInfo, byId: Map<string, StaffInfo>): StaffInfo[] {
  const out: StaffInfo[] = [];
  let cur = s.managerId ? byId.get(s.managerId) : undefined;
  while (cur && !out.includes(cur) && cur.id !== s.id) {
    out.push(cur);
    cur = cur.managerId ? byId.get(cur.managerId) : undefined;
  }
  return out;
}

export interface Obligation {
  checkerId: string;
  targetId: string;
  relation: RelationKind;
  frequency: Frequency;
  periodStart: string;
  periodEnd: string;
}

/**
 * Scheduled checks whose period starts inside [from, to]. Where several people of a level
 * could check someone, the one in the person's reporting line owes the check; with nobody of
 * that level in the line, every one of that level at the person's sites does. A period is
 * owed only if both had joined by its end.
 */
export function obligations(all: StaffInfo[], f: FrequencyPolicies, from: string, to: string): Obligation[] {
  return obligationsOver(all, f, (freq) => periodsStartingIn(freq, from, to));
}

/** Scheduled checks whose period contains `date` (what is due now). */
export function obligationsOn(all: StaffInfo[], f: FrequencyPolicies, date: string): Obligation[] {
  return obligationsOver(all, f, (freq) => [periodOf(freq, date)]);
}

function obligationsOver(
  all: StaffInfo[],
  f: FrequencyPolicies,
  periods: (freq: Frequency) => { start: string; end: string }[],
): Obligation[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  const out: Obligation[] = [];
  for (const target of all) {
    const line = chain(target, byId);
    for (const checker of all) {
      for (const rel of relationsBetween(checker, target, all, f)) {
        const checkerTier = tierOf(checker, all);
        const sameLevelInLine = line.filter((c) => tierOf(c, all) === checkerTier);
        for (const p of periods(rel.frequency)) {
          const inLine = sameLevelInLine.filter((c) => presentThrough(c, p.end));
          if (inLine.length && !inLine.includes(checker)) continue;
          if (p.end < target.joinedOn || p.end < checker.joinedOn) continue;
          if (!presentThrough(target, p.end) || !presentThrough(checker, p.end)) continue;
          out.push({
            checkerId: checker.id,
            targetId: target.id,
            relation: rel.kind,
            frequency: rel.frequency,
            periodStart: p.start,
            periodEnd: p.end,
          });
        }
      }
    }
  }
  return out;
}

/** A scheduled check is done when the checker recorded any check of the person inside its period. */
export function isDone(
  o: Obligation,
  checks: { checkerId: string | null; staffId: string; date: string }[],
): boolean {
  return checks.some(
    (c) =>
      c.checkerId === o.checkerId &&
      c.staffId === o.targetId &&
      c.date >= o.periodStart &&
      c.date <= o.periodEnd,
  );
}
