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

/** Every `appraisal.*` policy key the templates read (catalog: libs/contracts/src/policies/appraisal.ts). */
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

/**
 * Items whose serious and consequential bands differ from the shared ones (第7篇 4.4.1 b–d, f
 * and 4.4.3): `[serious min, serious max, consequential min, consequential max]`.
 */
export const BAND_POLICY_KEYS = {
  [ScoreItemCode.HANDOVER]: 'appraisal.handoverBands',
  [ScoreItemCode.TRAINING]: 'appraisal.trainingBands',
  [ScoreItemCode.SERVICE_QUALITY]: 'appraisal.serviceQualityBands',
  [ScoreItemCode.PROCEDURES]: 'appraisal.otherProceduresBands',
} as const;
export const MANAGER_BANDS_KEY = 'appraisal.managerBands';

type NumberKey = (typeof TEMPLATE_POLICY_KEYS)[number];
type BandKey = (typeof BAND_POLICY_KEYS)[keyof typeof BAND_POLICY_KEYS] | typeof MANAGER_BANDS_KEY;
export const ALL_TEMPLATE_KEYS: readonly string[] = [
  ...TEMPLATE_POLICY_KEYS,
  ...Object.values(BAND_POLICY_KEYS),
  MANAGER_BANDS_KEY,
];

export type TemplatePolicies = Record<(typeof TEMPLATE_POLICY_KEYS)[number], number> &
  Record<BandKey, readonly number[]>;

/** Staff sheet items and the policy key of their full marks (R-APR-2, 第7篇 4.3.2). */
const STAFF_ITEMS: [ScoreItemCode, NumberKey][] = [
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
  const band = (min: NumberKey, max: NumberKey): Band => ({
    min: p[min],
    max: p[max],
  });
  const own = (item: ScoreItemCode): readonly number[] | undefined =>
    sheet === SheetKind.MANAGER
      ? p[MANAGER_BANDS_KEY]
      : p[BAND_POLICY_KEYS[item as keyof typeof BAND_POLICY_KEYS]];
  const bandsFor = (item: ScoreItemCode): Record<Severity, Band> => {
    const b = own(item);
    return {
      [Severity.GENERAL]:
        sheet === SheetKind.STAFF && LIGHT_GENERAL_ITEMS.has(item)
          ? band('appraisal.deductionGeneralLightMin', 'appraisal.deductionGeneralLightMax')
          : band('appraisal.deductionGeneralMin', 'appraisal.deductionGeneralMax'),
      [Severity.SERIOUS]: b
        ? { min: b[0], max: b[1] }
        : band('appraisal.deductionSeriousMin', 'appraisal.deductionSeriousMax'),
      [Severity.CONSEQUENTIAL]: b
        ? { min: b[2], max: b[3] }
        : band('appraisal.deductionConsequentialMin', 'appraisal.deductionConsequentialMax'),
    };
  };
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
