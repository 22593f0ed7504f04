import { addDays, addMonths } from '@pm/time';

/** R-CUS-15: the contracts an F&B tenant must have on file (油烟管道清洁, 四害消杀). */
export enum ShopContractKind {
  DUCT_CLEANING = 'DUCT_CLEANING',
  PEST_CONTROL = 'PEST_CONTROL',
}

/** R-CUS-15: what is wrong with an F&B shop's contracts and duct cleaning on a day. */
export enum ShopComplianceProblem {
  DUCT_CLEANING_CONTRACT_MISSING = 'DUCT_CLEANING_CONTRACT_MISSING',
  DUCT_CLEANING_CONTRACT_EXPIRED = 'DUCT_CLEANING_CONTRACT_EXPIRED',
  PEST_CONTROL_CONTRACT_MISSING = 'PEST_CONTROL_CONTRACT_MISSING',
  PEST_CONTROL_CONTRACT_EXPIRED = 'PEST_CONTROL_CONTRACT_EXPIRED',
  DUCT_CLEANING_NOT_RECORDED = 'DUCT_CLEANING_NOT_RECORDED',
  DUCT_CLEANING_OVERDUE = 'DUCT_CLEANING_OVERDUE',
}

export interface ShopInspectionPolicies {
  monthsFnb: number;
  monthsOther: number;
  ductCleaningIntervalDays: number;
}

/**
 * R-CUS-15: the day the next inspection is due — the cycle (monthly for F&B, quarterly for
 * others by default) counted from the last inspection, the day clamped to the month's end
 * (31 January + 1 month = 28/29 February); a shop never inspected is due from its registration.
 */
export function nextInspectionDue(
  lastInspectedOn: string | null,
  registeredOn: string,
  foodAndBeverage: boolean,
  p: ShopInspectionPolicies,
): string {
  if (!lastInspectedOn) return registeredOn;
  return addMonths(lastInspectedOn, foodAndBeverage ? p.monthsFnb : p.monthsOther);
}

/** Due on the day, overdue after it. */
export const inspectionState = (nextDue: string, asOf: string) => ({
  due: nextDue <= asOf,
  overdue: nextDue < asOf,
});

/** The rectification deadline when the inspector gives none: the policy's days after the inspection. */
export const defaultRectificationDeadline = (inspectedOn: string, days: number): string =>
  addDays(inspectedOn, days);

export interface ContractPeriod {
  kind: string;
  validFrom: string;
  validTo: string;
}

/**
 * R-CUS-15: an F&B shop's contract problems on `asOf`: each kind needs a contract valid that
 * day (from ≤ asOf ≤ to); one on file but none valid is EXPIRED (or not yet in force), none MISSING.
 * Duct cleaning is due every interval from the last one; none recorded is a problem of its own.
 */
export function complianceProblems(
  contracts: readonly ContractPeriod[],
  lastCleanedOn: string | null,
  asOf: string,
  intervalDays: number,
): ShopComplianceProblem[] {
  const out: ShopComplianceProblem[] = [];
  for (const kind of [ShopContractKind.DUCT_CLEANING, ShopContractKind.PEST_CONTROL]) {
    const ofKind = contracts.filter((c) => c.kind === kind);
    if (!ofKind.length) out.push(ShopComplianceProblem[`${kind}_CONTRACT_MISSING`]);
    else if (!ofKind.some((c) => c.validFrom <= asOf && asOf <= c.validTo))
      out.push(ShopComplianceProblem[`${kind}_CONTRACT_EXPIRED`]);
  }
  if (!lastCleanedOn) out.push(ShopComplianceProblem.DUCT_CLEANING_NOT_RECORDED);
  else if (nextDuctCleaningDue(lastCleanedOn, intervalDays) < asOf)
    out.push(ShopComplianceProblem.DUCT_CLEANING_OVERDUE);
  return out;
}

export const nextDuctCleaningDue = (lastCleanedOn: string, intervalDays: number): string =>
  addDays(lastCleanedOn, intervalDays);

/** A failed inspection's rectification is open until done; overdue once its deadline has passed. */
export const rectificationOverdue = (deadline: string | null | undefined, asOf: string): boolean =>
  !!deadline && deadline < asOf;

export interface InspectionInput {
  inspectedOn: string;
  passed: boolean;
  findings?: string | null;
  rectificationDeadline?: string | null;
}

/** Field problems of an inspection record (dates already checked to be calendar dates). */
export function inspectionProblems(i: InspectionInput, today: string): { field: string; message: string }[] {
  const out = [];
  if (i.inspectedOn > today) out.push({ field: 'inspectedOn', message: 'not after today' });
  const findings = i.findings?.trim() ?? '';
  if (!i.passed && !findings)
    out.push({ field: 'findings', message: 'what is wrong is required when the inspection fails' });
  if (findings.length > 2000) out.push({ field: 'findings', message: 'at most 2000 characters' });
  if (i.passed && i.rectificationDeadline)
    out.push({ field: 'rectificationDeadline', message: 'only a failed inspection needs rectification' });
  if (i.rectificationDeadline && i.rectificationDeadline < i.inspectedOn)
    out.push({ field: 'rectificationDeadline', message: 'not before the inspection' });
  return out;
}
