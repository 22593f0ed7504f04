import { isCalendarDate } from '@pm/time';

/**
 * Used until a property has its own schedule: 2.50 元/m²/month, water 3.50 元/m³, power 0.60 元/kWh,
 * gas 3.00 元/m³. Air-conditioning and renovation management are 0 (not charged) until the
 * property's price list says otherwise: not every property has central air-conditioning, and the
 * renovation fee is agreed per property.
 */
export const DEFAULT_FEES: FeePrices = {
  managementFenPerSqm: 250,
  waterFenPerUnit: 350,
  electricityFenPerUnit: 60,
  gasFenPerUnit: 300,
  airConditioningFenPerSqm: 0,
  renovationManagementFenPerSqm: 0,
};

export interface FeePrices {
  managementFenPerSqm: number;
  waterFenPerUnit: number;
  electricityFenPerUnit: number;
  gasFenPerUnit: number;
  /** R-BIL-1 空调管理费, per m² per month. */
  airConditioningFenPerSqm: number;
  /** R-BIL-1 装修管理费, per m², once per renovation. */
  renovationManagementFenPerSqm: number;
}

/** The prices as entered; the optional items default to 0 (not charged). */
export function feePricesOf(
  i: Omit<FeePrices, 'airConditioningFenPerSqm' | 'renovationManagementFenPerSqm'> & Partial<FeePrices>,
): FeePrices {
  return {
    managementFenPerSqm: i.managementFenPerSqm,
    waterFenPerUnit: i.waterFenPerUnit,
    electricityFenPerUnit: i.electricityFenPerUnit,
    gasFenPerUnit: i.gasFenPerUnit,
    airConditioningFenPerSqm: i.airConditioningFenPerSqm ?? 0,
    renovationManagementFenPerSqm: i.renovationManagementFenPerSqm ?? 0,
  };
}

const PRICES = [
  'managementFenPerSqm',
  'waterFenPerUnit',
  'electricityFenPerUnit',
  'gasFenPerUnit',
  'airConditioningFenPerSqm',
  'renovationManagementFenPerSqm',
] as const;

/**
 * R-BIL-1 renovation management fee (装修管理费): the unit's area × the price per m², rounded half
 * up to the fen once; null when the price list charges none.
 */
export function renovationManagementCharge(areaSqm: number, fenPerSqm: number) {
  if (!(fenPerSqm > 0) || !(areaSqm > 0)) return null;
  return { quantity: areaSqm, unitPriceFen: fenPerSqm, amountFen: Math.round(areaSqm * fenPerSqm) };
}

/** The problems of a fee schedule as entered; none means it may be set. */
export function feeScheduleProblems(i: FeePrices & { effectiveFrom: string }) {
  const problems: { field: string; message: string }[] = [];
  if (!isCalendarDate(i.effectiveFrom)) problems.push({ field: 'effectiveFrom', message: 'YYYY-MM-DD' });
  for (const f of PRICES)
    if (!Number.isInteger(i[f]) || i[f] < 0 || i[f] > 10_000_000)
      problems.push({ field: f, message: 'a non-negative whole number of fen' });
  return problems;
}
