import { POLICY_DEFINITIONS } from '@pm/contracts';
import { RootCause, ScoreItemCode as I, Severity as S, SheetKind } from './codes';
import { ALL_TEMPLATE_KEYS, TemplatePolicies, buildTemplate } from './template';
import { meanOfChecks, scoreCheck, validateCheck } from './scoring';

const defaults = Object.fromEntries(
  ALL_TEMPLATE_KEYS.map((k) => [k, POLICY_DEFINITIONS.find((d) => d.key === k)!.default]),
) as unknown as TemplatePolicies;
const staff = buildTemplate(SheetKind.STAFF, defaults, '2026-11-27');
const manager = buildTemplate(SheetKind.MANAGER, defaults, '2026-11-27');
const f = (item: I, severity: S, points: number, rootCause?: RootCause) => ({
  item,
  severity,
  points,
  reason: 'seen on the floor',
  rootCause,
});
const item = (s: { items: { item: I; score: number }[] }, code: I) =>
  s.items.find((i) => i.item === code)!.score;

describe('templates (R-APR-2, R-APR-3)', () => {
  it('R-APR-2: the staff sheet has 7 items summing to 100 with the 第7篇 maxima', () => {
    expect(staff.items.map((i) => [i.item, i.max])).toEqual([
      [I.JOB_QUALITY, 20],
      [I.HANDOVER, 10],
      [I.TRAINING, 10],
      [I.EFFICIENCY, 20],
      [I.SERVICE_QUALITY, 20],
      [I.PROCEDURES, 10],
      [I.OTHER, 10],
    ]);
    expect(staff.items.reduce((s, i) => s + i.max, 0)).toBe(100);
  });

  it('R-APR-3: the manager sheet has ten items × 10', () => {
    expect(manager.items).toHaveLength(10);
    expect(new Set(manager.items.map((i) => i.max))).toEqual(new Set([10]));
  });

  it('R-APR-4: bands per severity; light general band (0.5–1) on hand-over, training, other procedures', () => {
    const job = staff.items.find((i) => i.item === I.JOB_QUALITY)!.bands;
    expect(job).toEqual({
      GENERAL: { min: 1, max: 2 },
      SERIOUS: { min: 3, max: 5 },
      CONSEQUENTIAL: { min: 6, max: 20 },
    });
    for (const code of [I.HANDOVER, I.TRAINING, I.PROCEDURES])
      expect(staff.items.find((i) => i.item === code)!.bands.GENERAL).toEqual({ min: 0.5, max: 1 });
  });

  it('R-APR-4: tenant policy values change the template (no literals)', () => {
    const t = buildTemplate(
      SheetKind.STAFF,
      { ...defaults, 'appraisal.deductionSeriousMax': 4 },
      '2026-12-01',
    );
    expect(t.items[0].bands.SERIOUS).toEqual({ min: 3, max: 4 });
  });

  it.each([
    [I.JOB_QUALITY, { min: 3, max: 5 }, { min: 6, max: 20 }],
    [I.HANDOVER, { min: 2, max: 4 }, { min: 5, max: 10 }],
    [I.TRAINING, { min: 2, max: 3 }, { min: 4, max: 10 }],
    [I.SERVICE_QUALITY, { min: 3, max: 4 }, { min: 5, max: 20 }],
    [I.EFFICIENCY, { min: 3, max: 5 }, { min: 6, max: 20 }],
    [I.PROCEDURES, { min: 2, max: 3 }, { min: 4, max: 10 }],
  ])('R-APR-4: %s has the serious and consequential bands of 第7篇 4.4.1', (item, serious, consequential) => {
    const bands = staff.items.find((i) => i.item === item)!.bands;
    expect(bands.SERIOUS).toEqual(serious);
    expect(bands.CONSEQUENTIAL).toEqual(consequential);
  });

  it('R-APR-4: manager items deduct 1–2 / 3–4 / 5–10 (第7篇 4.4.3)', () => {
    for (const i of manager.items)
      expect(i.bands).toEqual({
        GENERAL: { min: 1, max: 2 },
        SERIOUS: { min: 3, max: 4 },
        CONSEQUENTIAL: { min: 5, max: 10 },
      });
  });
});

describe('band validation (R-APR-4)', () => {
  it.each([
    [S.GENERAL, 1, 2, 0.5, 2.5],
    [S.SERIOUS, 3, 5, 2, 6],
    [S.CONSEQUENTIAL, 6, 20, 5, 21],
  ])(
    'R-APR-4: %s accepts %d–%d on JOB_QUALITY and refuses %d and %d naming the band',
    (sev, lo, hi, below, above) => {
      expect(validateCheck(staff, [f(I.JOB_QUALITY, sev, lo), f(I.JOB_QUALITY, sev, hi)], null)).toEqual([]);
      for (const bad of [below, above]) {
        const problems = validateCheck(staff, [f(I.JOB_QUALITY, sev, bad)], null);
        expect(problems).toEqual([
          {
            field: 'deductions[0].points',
            message: `${sev} deduction on JOB_QUALITY must be within ${lo}–${hi} points, got ${bad}`,
          },
        ]);
      }
    },
  );

  it('R-APR-4: a general finding on HANDOVER of 1.5 is outside its 0.5–1 band', () => {
    expect(validateCheck(staff, [f(I.HANDOVER, S.GENERAL, 0.5)], null)).toEqual([]);
    expect(validateCheck(staff, [f(I.HANDOVER, S.GENERAL, 1.5)], null)[0].message).toMatch(/0\.5–1/);
  });

  it('R-APR-2/3: an item of the other sheet is refused', () => {
    expect(validateCheck(staff, [f(I.ETHICS, S.GENERAL, 1)], null)[0].field).toBe('deductions[0].item');
    expect(validateCheck(manager, [f(I.JOB_QUALITY, S.GENERAL, 1, RootCause.SKILL)], null)[0].field).toBe(
      'deductions[0].item',
    );
  });

  it('R-APR-5: manager findings need a root cause; staff findings may not have one', () => {
    expect(validateCheck(manager, [f(I.RESULTS, S.GENERAL, 1)], null)).toEqual([
      { field: 'deductions[0].rootCause', message: 'manager findings must name their root cause (R-APR-5)' },
    ]);
    expect(validateCheck(staff, [f(I.OTHER, S.GENERAL, 1, RootCause.SKILL)], null)[0].field).toBe(
      'deductions[0].rootCause',
    );
  });

  it('R-APR-6: commendations must be 1–20 whole points', () => {
    expect(validateCheck(staff, [], 1)).toEqual([]);
    expect(validateCheck(staff, [], 20)).toEqual([]);
    expect(validateCheck(staff, [], 21)[0]).toEqual({
      field: 'commendationPoints',
      message: 'a commendation adds 1–20 points, got 21',
    });
    expect(validateCheck(staff, [], -3)[0].field).toBe('commendationPoints');
  });
});

describe('scoring', () => {
  it('R-APR-6: no findings → every item at full marks, total 100', () => {
    const s = scoreCheck(staff, [], null);
    expect(s.items.every((i) => i.score === i.max)).toBe(true);
    expect(s.total).toBe(100);
  });

  it('R-APR-4: an item floors at zero with several findings (扣完为止), other items untouched', () => {
    const s = scoreCheck(
      staff,
      [f(I.HANDOVER, S.CONSEQUENTIAL, 8), f(I.HANDOVER, S.SERIOUS, 5), f(I.HANDOVER, S.GENERAL, 1)],
      null,
    );
    expect(item(s, I.HANDOVER)).toBe(0);
    expect(s.items.find((i) => i.item === I.HANDOVER)!.deducted).toBe(14);
    expect(s.total).toBe(90);
  });

  it('R-APR-6: commendations lift the total but never above 100', () => {
    expect(scoreCheck(staff, [f(I.EFFICIENCY, S.SERIOUS, 3)], 2).total).toBe(99);
    expect(scoreCheck(staff, [f(I.EFFICIENCY, S.SERIOUS, 3)], 20).total).toBe(100);
    expect(scoreCheck(staff, [], 5).total).toBe(100);
  });

  it('R-APR-5: a manager finding is deducted from its item and again from its root-cause item', () => {
    const s = scoreCheck(manager, [f(I.RESULTS, S.SERIOUS, 4, RootCause.RESPONSIBILITY)], null);
    expect(item(s, I.RESULTS)).toBe(6);
    expect(item(s, I.RESPONSIBILITY)).toBe(6);
    expect(s.total).toBe(92);
  });

  it('R-APR-5: when the root cause is the finding’s own item it is deducted once', () => {
    const s = scoreCheck(manager, [f(I.TRAINING, S.GENERAL, 2, RootCause.TRAINING)], null);
    expect(item(s, I.TRAINING)).toBe(8);
    expect(s.total).toBe(98);
  });

  it('R-APR-4/5: root-cause deductions also floor at zero', () => {
    const s = scoreCheck(
      manager,
      [f(I.RESULTS, S.CONSEQUENTIAL, 8, RootCause.ETHICS), f(I.COMPLIANCE, S.SERIOUS, 5, RootCause.ETHICS)],
      null,
    );
    expect(item(s, I.ETHICS)).toBe(0);
    expect(s.total).toBe(100 - 8 - 5 - 10);
  });

  it('an overturned finding (appeal upheld) no longer deducts', () => {
    const s = scoreCheck(staff, [{ ...f(I.JOB_QUALITY, S.SERIOUS, 5), active: false }], null);
    expect(s.total).toBe(100);
  });

  it('period sheet = mean of the checks; no check → full marks', () => {
    const a = scoreCheck(staff, [f(I.JOB_QUALITY, S.SERIOUS, 4)], null);
    const b = scoreCheck(staff, [], null);
    const m = meanOfChecks(staff, [a, b]);
    expect(m.total).toBe(98);
    expect(item(m, I.JOB_QUALITY)).toBe(18);
    expect(meanOfChecks(staff, []).total).toBe(100);
  });
});
