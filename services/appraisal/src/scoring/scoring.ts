import { ROOT_CAUSE_ITEM, RootCause, ScoreItemCode, Severity, SheetKind } from './codes';
import { SheetTemplate } from './template';

export interface DeductionLike {
  item: ScoreItemCode;
  severity: Severity;
  points: number;
  reason: string;
  rootCause?: RootCause | null;
}

export interface Problem {
  field: string;
  message: string;
}

/** Float input such as 0.5 + 0.1 must not fall outside a band by rounding noise. */
const EPS = 1e-9;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * R-APR-4, R-APR-5, R-APR-6: every finding names an item of the sheet, points inside that
 * item's band for the severity, a reason, and (manager sheets only) a root cause; a
 * commendation is inside the commendation band.
 */
export function validateCheck(
  t: SheetTemplate,
  deductions: DeductionLike[],
  commendationPoints: number | null | undefined,
): Problem[] {
  const problems: Problem[] = [];
  deductions.forEach((d, i) => {
    const field = `deductions[${i}]`;
    const item = t.items.find((x) => x.item === d.item);
    if (!item) {
      problems.push({ field: `${field}.item`, message: `${d.item} is not an item of the ${t.sheet} sheet` });
      return;
    }
    const band = item.bands[d.severity];
    if (!Number.isFinite(d.points) || d.points < band.min - EPS || d.points > band.max + EPS)
      problems.push({
        field: `${field}.points`,
        message: `${d.severity} deduction on ${d.item} must be within ${band.min}–${band.max} points, got ${d.points}`,
      });
    if (!d.reason?.trim()) problems.push({ field: `${field}.reason`, message: 'a finding needs a reason' });
    if (t.sheet === SheetKind.MANAGER && !d.rootCause)
      problems.push({
        field: `${field}.rootCause`,
        message: 'manager findings must name their root cause (R-APR-5)',
      });
    if (t.sheet === SheetKind.STAFF && d.rootCause)
      problems.push({ field: `${field}.rootCause`, message: 'root causes apply to manager sheets only' });
  });
  if (commendationPoints != null && commendationPoints !== 0) {
    const { min, max } = t.commendation;
    if (!Number.isInteger(commendationPoints) || commendationPoints < min || commendationPoints > max)
      problems.push({
        field: 'commendationPoints',
        message: `a commendation adds ${min}–${max} points, got ${commendationPoints}`,
      });
  }
  return problems;
}

export interface ItemScore {
  item: ScoreItemCode;
  max: number;
  score: number;
  /** Sum of the active deductions charged to the item, before the floor. */
  deducted: number;
}

export interface CheckScore {
  items: ItemScore[];
  /** Sum of item scores, before the commendation. */
  subtotal: number;
  commendation: number;
  total: number;
}

/**
 * Scores one check (pure). Findings no longer active (overturned on appeal) are given as
 * `active: false` and cost nothing.
 * - R-APR-4: each item floors at zero (扣完为止), whatever the number of findings.
 * - R-APR-5: on manager sheets a finding is deducted from its item and again from the item of
 *   its root cause (once when both are the same item).
 * - R-APR-6: items without findings keep full marks; the commendation is added after, the
 *   total never exceeds the cap.
 */
export function scoreCheck(
  t: SheetTemplate,
  findings: (DeductionLike & { active?: boolean })[],
  commendationPoints: number | null | undefined,
): CheckScore {
  const charged = new Map<ScoreItemCode, number>();
  const charge = (item: ScoreItemCode, pts: number) => charged.set(item, (charged.get(item) ?? 0) + pts);
  for (const f of findings) {
    if (f.active === false) continue;
    charge(f.item, f.points);
    if (t.sheet === SheetKind.MANAGER && f.rootCause) {
      const causeItem = ROOT_CAUSE_ITEM[f.rootCause];
      if (causeItem !== f.item) charge(causeItem, f.points);
    }
  }
  const items = t.items.map(({ item, max }) => {
    const deducted = round2(charged.get(item) ?? 0);
    return { item, max, deducted, score: round2(Math.max(0, max - deducted)) };
  });
  const subtotal = round2(items.reduce((s, i) => s + i.score, 0));
  const commendation = commendationPoints ?? 0;
  return { items, subtotal, commendation, total: round2(Math.min(t.cap, subtotal + commendation)) };
}

/**
 * A period's sheet is the mean of its checks (one check counts once whatever its kind):
 * per item the mean item score, and the mean of the checks' totals. No check → full marks
 * (R-APR-6), reported with `checks = 0`.
 */
export function meanOfChecks(t: SheetTemplate, scores: CheckScore[]): { items: ItemScore[]; total: number } {
  if (!scores.length)
    return {
      items: t.items.map(({ item, max }) => ({ item, max, score: max, deducted: 0 })),
      total: Math.min(
        t.cap,
        t.items.reduce((s, i) => s + i.max, 0),
      ),
    };
  const mean = (xs: number[]) => round2(xs.reduce((a, b) => a + b, 0) / xs.length);
  const items = t.items.map(({ item, max }) => {
    const per = scores.map((s) => s.items.find((i) => i.item === item));
    return {
      item,
      max,
      score: mean(per.map((i) => i?.score ?? max)),
      deducted: mean(per.map((i) => i?.deducted ?? 0)),
    };
  });
  return { items, total: mean(scores.map((s) => s.total)) };
}
