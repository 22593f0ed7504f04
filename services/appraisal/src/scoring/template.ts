import { ScoreItemCode, Severity, SheetKind } from './codes';

export interface Band {
  min: number;
  max: number;
}

export interface ItemTemplate {
  item: ScoreItemCode;
  max: number;
  bands: Record<Severity, Band>;
}

/**
 * The numbers a check was scored with. Built from the tenant's policy values in force on
 * the check's date and stored on the check, so a later policy change never rescores it.
 */
export interface SheetTemplate {
  sheet: SheetKind;
  /** Date whose policy values were used (the check's date). */
  asOf: string;
  items: ItemTemplate[];
  cap: number;
  commendation: Band;
}

/** Every `appraisal.*` policy key the templates read (catalog: libs/contracts/src/policies.ts). */
export const TEMPLATE_POLICY_KEYS = [
  'appraisal.staffJobQualityMax',
  'appraisal.staffHandoverMax',
  'appraisal.staffTrainingMax',
  'appraisal.staffEfficiencyMax',
  'appraisal.staffServiceQualityMax',
  'appraisal.staffOtherProceduresMax',
  'appraisal.staffOtherMax',
  'appraisal.managerItemMax',
  'appraisal.scoreCap',
  'appraisal.deductionGeneralMin',
  'appraisal.deductionGeneralMax',
  'appraisal.deductionGeneralLightMin',
  'appraisal.deductionGeneralLightMax',
  'appraisal.deductionSeriousMin',
  'appraisal.deductionSeriousMax',
  'appraisal.deductionConsequentialMin',
  'appraisal.deductionConsequentialMax',
  'appraisal.commendationMinPoints',
  'appraisal.commendationMaxPoints',
] as const;

export type TemplatePolicies = Record<(typeof TEMPLATE_POLICY_KEYS)[number], number>;

/** Staff sheet items and the policy key of their full marks (R-APR-2, 第7篇 4.3.2). */
const STAFF_ITEMS: [ScoreItemCode, keyof TemplatePolicies][] = [
  [ScoreItemCode.JOB_QUALITY, 'appraisal.staffJobQualityMax'],
  [ScoreItemCode.HANDOVER, 'appraisal.staffHandoverMax'],
  [ScoreItemCode.TRAINING, 'appraisal.staffTrainingMax'],
  [ScoreItemCode.EFFICIENCY, 'appraisal.staffEfficiencyMax'],
  [ScoreItemCode.SERVICE_QUALITY, 'appraisal.staffServiceQualityMax'],
  [ScoreItemCode.PROCEDURES, 'appraisal.staffOtherProceduresMax'],
  [ScoreItemCode.OTHER, 'appraisal.staffOtherMax'],
];

/** Manager sheet: ten items, in the order of 第7篇 4.3.3 (R-APR-3). */
export const MANAGER_ITEMS: ScoreItemCode[] = [
  ScoreItemCode.PROCEDURE_EXECUTION,
  ScoreItemCode.TRAINING,
  ScoreItemCode.SKILL,
  ScoreItemCode.SERVICE_QUALITY,
  ScoreItemCode.RESULTS,
  ScoreItemCode.RESPONSIBILITY,
  ScoreItemCode.FAIRNESS,
  ScoreItemCode.COMPLIANCE,
  ScoreItemCode.TEAMWORK,
  ScoreItemCode.ETHICS,
];

/**
 * Items whose general violations cost 0.5–1 instead of 1–2 on the staff sheet: hand-over
 * (巡楼 4.4.1 b), training (c) and other procedures (f) — R-APR-4.
 */
const LIGHT_GENERAL_ITEMS = new Set([
  ScoreItemCode.HANDOVER,
  ScoreItemCode.TRAINING,
  ScoreItemCode.PROCEDURES,
]);

export function buildTemplate(sheet: SheetKind, p: TemplatePolicies, asOf: string): SheetTemplate {
  const band = (min: keyof TemplatePolicies, max: keyof TemplatePolicies): Band => ({
    min: p[min],
    max: p[max],
  });
  const bandsFor = (item: ScoreItemCode): Record<Severity, Band> => ({
    [Severity.GENERAL]:
      sheet === SheetKind.STAFF && LIGHT_GENERAL_ITEMS.has(item)
        ? band('appraisal.deductionGeneralLightMin', 'appraisal.deductionGeneralLightMax')
        : band('appraisal.deductionGeneralMin', 'appraisal.deductionGeneralMax'),
    [Severity.SERIOUS]: band('appraisal.deductionSeriousMin', 'appraisal.deductionSeriousMax'),
    [Severity.CONSEQUENTIAL]: band(
      'appraisal.deductionConsequentialMin',
      'appraisal.deductionConsequentialMax',
    ),
  });
  const items =
    sheet === SheetKind.STAFF
      ? STAFF_ITEMS.map(([item, key]) => ({ item, max: p[key], bands: bandsFor(item) }))
      : MANAGER_ITEMS.map((item) => ({ item, max: p['appraisal.managerItemMax'], bands: bandsFor(item) }));
  return {
    sheet,
    asOf,
    items,
    cap: p['appraisal.scoreCap'],
    commendation: band('appraisal.commendationMinPoints', 'appraisal.commendationMaxPoints'),
  };
}
