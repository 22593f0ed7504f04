import { isCalendarDate } from '@pm/time';

/** Used until a property has its own schedule: 2.50 元/m²/month, water 3.50 元/m³, power 0.60 元/kWh, gas 3.00 元/m³. */
export const DEFAULT_FEES = {
  managementFenPerSqm: 250,
  waterFenPerUnit: 350,
  electricityFenPerUnit: 60,
  gasFenPerUnit: 300,
};

export interface FeePrices {
  managementFenPerSqm: number;
  waterFenPerUnit: number;
  electricityFenPerUnit: number;
  gasFenPerUnit: number;
}

const PRICES = ['managementFenPerSqm', 'waterFenPerUnit', 'electricityFenPerUnit', 'gasFenPerUnit'] as const;

/** The problems of a fee schedule as entered; none means it may be set. */
export function feeScheduleProblems(i: FeePrices & { effectiveFrom: string }) {
  const problems: { field: string; message: string }[] = [];
  if (!isCalendarDate(i.effectiveFrom)) problems.push({ field: 'effectiveFrom', message: 'YYYY-MM-DD' });
  for (const f of PRICES)
    if (!Number.isInteger(i[f]) || i[f] < 0 || i[f] > 10_000_000)
      problems.push({ field: f, message: 'a non-negative whole number of fen' });
  return problems;
}
