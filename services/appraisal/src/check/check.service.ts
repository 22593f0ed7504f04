import { isUuid } from '@pm/contracts';
import { Clock } from '@pm/time';
import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events, StaffRole } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { forbidden, validationFailed } from '@pm/graphql';
import { Appeal } from '../appeal/appeal.entity';
import { appealView } from '../appeal/appeal.service';
import { Suggestion, SuggestionStatus } from '../suggestion/suggestion.entity';
import {
  CheckScore,
  DeductionLike,
  Problem,
  meanOfChecks,
  scoreCheck,
  validateCheck,
} from '../scoring/scoring';
import { SheetTemplate } from '../scoring/template';
import { sheetFor, mayCheck, tierOf, Tier } from '../schedule/schedule';
import { periodRange } from '../schedule/dates';
import { Check, Finding, FindingStatus } from './check.entity';
import { CheckView, FindingView, RecordCheckInput, ScoreSheet } from './check.types';
import { allStaff, callerInfo, frequencies, templateFor, todayFor, visibleStaff } from './appraisal.context';

const MANAGING_ROLES: string[] = [
  StaffRole.SITE_MANAGER,
  StaffRole.CS_SUPERVISOR,
  StaffRole.ENGINEERING_SUPERVISOR,
  StaffRole.HQ,
  StaffRole.ADMIN,
];

export class CheckService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** R-APR-1..6: one transaction — the check, its findings, accepted suggestions, `check.recorded`. */
  async record(principal: Principal, input: RecordCheckInput): Promise<CheckView> {
    return this.db.tx(async (em) => {
      const target = await visibleStaff(em, principal, input.staffId);
      const all = await allStaff(em);
      const checker = await callerInfo(em, principal);
      if (!checker) throw forbidden('only staff members may record checks');
      const decision = mayCheck(
        checker,
        all.find((s) => s.id === target.id)!,
        all,
        await frequencies(em, input.date),
      );
      if (!decision.allowed) throw forbidden(decision.reason);

      const problems: Problem[] = [];
      const today = await todayFor(em, target.propertyIds, this.clock.now());
      if (input.date > today)
        problems.push({ field: 'date', message: `a check cannot be dated after today (${today})` });
      const template = await templateFor(em, sheetFor(target.roles), input.date);
      problems.push(...validateCheck(template, input.deductions, input.commendationPoints));
      const evidence = [
        ...(input.evidenceTicketIds ?? []),
        ...input.deductions.flatMap((d) => d.evidenceTicketIds ?? []),
      ];
      if (evidence.some((id) => !isUuid(id)))
        problems.push({ field: 'evidenceTicketIds', message: 'must be ticket ids' });

      const suggestionIds = input.deductions.map((d) => d.suggestionId).filter((x): x is string => !!x);
      const suggestions = suggestionIds.filter(isUuid).length
        ? await em.find(Suggestion, { id: { $in: suggestionIds.filter(isUuid) } })
        : [];
      input.deductions.forEach((d, i) => {
        if (!d.suggestionId) return;
        const s = suggestions.find((x) => x.id === d.suggestionId);
        if (!s || s.staffId !== target.id)
          problems.push({
            field: `deductions[${i}].suggestionId`,
            message: 'no suggested finding of this person',
          });
        else if (s.status !== SuggestionStatus.SUGGESTED)
          problems.push({
            field: `deductions[${i}].suggestionId`,
            message: `suggestion is already ${s.status}`,
          });
      });
      if (new Set(suggestionIds).size !== suggestionIds.length)
        problems.push({ field: 'deductions', message: 'a suggestion can be accepted once' });
      if (problems.length) throw validationFailed('check is invalid', problems);

      const score = scoreCheck(template, input.deductions, input.commendationPoints);
      const check = em.create(Check, {
        staffId: target.id,
        checkerStaffId: all.some((s) => s.id === checker.id) ? checker.id : null,
        checkerUserId: principal.actor.id!,
        kind: input.kind,
        date: input.date,
        sheet: template.sheet,
        template,
        commendationPoints: input.commendationPoints || null,
        evidenceTicketIds: input.evidenceTicketIds ?? [],
        totalAtRecord: score.total,
      });
      // Findings reference the check by a plain column: insert the check first.
      await em.flush();
      for (const d of input.deductions) {
        const f = em.create(Finding, {
          checkId: check.id,
          staffId: target.id,
          item: d.item,
          severity: d.severity,
          points: d.points,
          reason: d.reason.trim(),
          rootCause: d.rootCause ?? null,
          evidenceTicketIds: d.evidenceTicketIds ?? [],
          suggestionId: d.suggestionId ?? null,
          status: FindingStatus.ACTIVE,
        });
        const s = suggestions.find((x) => x.id === d.suggestionId);
        if (s) {
          s.status = SuggestionStatus.ACCEPTED;
          s.findingId = f.id;
          s.decidedByUserId = principal.actor.id ?? null;
        }
      }
      await em.flush();
      await publishInTx(em, Events.checkRecorded, {
        checkId: check.id,
        staffId: target.id,
        checkerId: check.checkerStaffId ?? check.checkerUserId,
        kind: check.kind,
        date: check.date,
        total: score.total,
      });
      return (await CheckService.views(em, [check]))[0];
    });
  }

  /** Checks with their findings, appeals and current score (overturned findings cost nothing). */
  static async views(em: EntityManager, checks: Check[]): Promise<(CheckView & { score: CheckScore })[]> {
    if (!checks.length) return [];
    const findings = await em.find(
      Finding,
      { checkId: { $in: checks.map((c) => c.id) } },
      { orderBy: { id: 'asc' } },
    );
    const appeals = findings.length
      ? await em.find(Appeal, { findingId: { $in: findings.map((f) => f.id) } })
      : [];
    return checks.map((c) => {
      const own = findings.filter((f) => f.checkId === c.id);
      const score = scoreOf(c, own);
      return {
        id: c.id,
        staff: { id: c.staffId },
        checker: c.checkerStaffId ? { id: c.checkerStaffId } : null,
        kind: c.kind,
        date: c.date,
        sheet: c.sheet,
        items: score.items,
        findings: own.map((f) =>
          findingView(
            f,
            appeals.find((a) => a.findingId === f.id),
          ),
        ),
        commendationPoints: c.commendationPoints ?? null,
        total: score.total,
        evidenceTicketIds: c.evidenceTicketIds,
        score,
      };
    });
  }

  async check(principal: Principal, id: string): Promise<CheckView | null> {
    if (!isUuid(id)) return null;
    return this.db.tx(async (em) => {
      const c = await em.findOne(Check, { id });
      if (!c) return null;
      try {
        await this.assertMaySeeResults(em, principal, c.staffId);
      } catch {
        return null;
      }
      return (await CheckService.views(em, [c]))[0];
    });
  }

  /**
   * Who may read a person's results: the person, anyone above them in the schedule or reporting
   * line, and the site's managing roles; out-of-scope people look absent.
   */
  async assertMaySeeResults(em: EntityManager, principal: Principal, staffId: string) {
    const target = await visibleStaff(em, principal, staffId);
    const me = await callerInfo(em, principal);
    if (me?.id === target.id || principal.roles.some((r) => MANAGING_ROLES.includes(r))) return target;
    const all = await allStaff(em);
    if (
      me &&
      tierOf(me, all) >= Tier.LEADER &&
      mayCheck(
        me,
        all.find((s) => s.id === target.id)!,
        all,
        await frequencies(em, '9999-12-31'),
      ).allowed
    )
      return target;
    throw forbidden('you may not see this person’s results');
  }

  async scoreSheet(principal: Principal, staffId: string, period: string): Promise<ScoreSheet> {
    const range = periodRange(period);
    if (!range)
      throw validationFailed('period must be YYYY-MM or YYYY-MM-DD', [
        { field: 'period', message: 'bad period' },
      ]);
    return this.db.tx(async (em) => {
      const target = await this.assertMaySeeResults(em, principal, staffId);
      const checks = await em.find(
        Check,
        { staffId: target.id, date: { $gte: range.from, $lte: range.to } },
        { orderBy: { date: 'asc', id: 'asc' } },
      );
      const latest = checks.at(-1);
      const sheet = latest?.sheet ?? sheetFor(target.roles);
      const today = await todayFor(em, target.propertyIds, this.clock.now());
      const template =
        latest?.template ?? (await templateFor(em, sheet, range.to < today ? range.to : today));
      // Only checks on the same sheet average together (a promotion mid-month starts a new sheet).
      const views = await CheckService.views(
        em,
        checks.filter((c) => c.sheet === sheet),
      );
      const mean = meanOfChecks(
        template,
        views.map((v) => v.score),
      );
      return {
        staff: { id: target.id },
        period,
        sheet,
        items: mean.items,
        total: mean.total,
        checks: views.length,
        findings: views.flatMap((v) => v.findings),
      };
    });
  }
}

export function findingView(f: Finding, a?: Appeal): FindingView {
  return {
    id: f.id,
    checkId: f.checkId,
    item: f.item,
    severity: f.severity,
    points: f.points,
    reason: f.reason,
    rootCause: f.rootCause ?? null,
    evidenceTicketIds: f.evidenceTicketIds,
    suggestionId: f.suggestionId ?? null,
    status: f.status,
    appeal: a ? appealView(a) : null,
  };
}

/** A check's score as it stands now: overturned findings (an upheld appeal) no longer deduct. */
export function scoreOf(
  c: { template: SheetTemplate; commendationPoints?: number | null },
  findings: (DeductionLike & { status: FindingStatus })[],
): CheckScore {
  return scoreCheck(
    c.template,
    findings.map((f) => ({ ...f, active: f.status === FindingStatus.ACTIVE })),
    c.commendationPoints,
  );
}
