export enum MeterKind {
  WATER = 'WATER',
  ELECTRICITY = 'ELECTRICITY',
  GAS = 'GAS',
}

export enum ReadingStatus {
  ACCEPTED = 'ACCEPTED',
  PENDING_CONFIRMATION = 'PENDING_CONFIRMATION',
}

export enum ReadingSource {
  MANUAL = 'MANUAL',
  HANDOVER = 'HANDOVER',
}

/** Fewer past consumptions than this and there is no median worth comparing with. */
const OUTLIER_MIN_HISTORY = 3;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Pure rule: is this consumption an outlier against the unit's history? */
export function isOutlier(consumption: number, history: number[], factor: number): boolean {
  if (history.length < OUTLIER_MIN_HISTORY) return false;
  const med = median(history);
  return med > 0 && consumption > factor * med;
}
