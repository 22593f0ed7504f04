import { EntityManager } from '@mikro-orm/postgresql';
import { policyValues, withPolicyDefaults } from '@pm/policy';
import { Rounding } from './money';
import { ArrearsThresholds } from './period';
import { propertyTimeZone } from '../projection/projection.service';

/** The billing policy values in force for a property on a date (catalog defaults when unset). */
export interface BillingPolicy {
  boundaryDay: number;
  meterReadingDay: number;
  noticeDay: number;
  repairCutoffDay: number;
  dueDay: number;
  collectionWindowStartDay: number;
  lateFeeRatePerDay: number | string;
  rounding: Rounding;
  timeZone: string;
  disputeCutoffDays: number;
  dunningIntervalsDays: number[];
  arrears: ArrearsThresholds;
  depositRefundMonths: number;
}

export async function billingPolicy(
  em: EntityManager,
  propertyId: string | null,
  asOf: string,
): Promise<BillingPolicy> {
  const values = await policyValues(em, BILLING_KEYS, propertyId, asOf);
  return policyOf(values, await propertyTimeZone(em, propertyId, values['billing.timeZone'] as string));
}

/**
 * `billingPolicy(em, id, asOf).arrears` from the values a statement found for `ARREARS_KEYS`
 * (a dashboard's, keyed on each property's "today"), the keys it found none for at their default.
 */
export const arrearsThresholdsOf = (found: Record<string, unknown> | null | undefined) =>
  thresholdsOf(withPolicyDefaults(ARREARS_KEYS, found));

function policyOf(values: Record<string, unknown>, timeZone: string): BillingPolicy {
  const v = <T>(key: string) => values[`billing.${key}`] as T;
  return {
    boundaryDay: v<number>('monthBoundaryDay'),
    meterReadingDay: v<number>('meterReadingDay'),
    noticeDay: v<number>('paymentNoticeDay'),
    repairCutoffDay: v<number>('repairChargesCutoffDay'),
    dueDay: v<number>('dueDay'),
    collectionWindowStartDay: v<number>('collectionWindowStartDay'),
    lateFeeRatePerDay: v<number>('lateFeeRatePerDay'),
    rounding: v<Rounding>('lateFeeRounding'),
    timeZone,
    disputeCutoffDays: v<number>('disputeCutoffDaysBeforeDue'),
    dunningIntervalsDays: v<number[]>('dunningIntervalsDays'),
    arrears: thresholdsOf(values),
    depositRefundMonths: v<number>('renovationDepositRefundMonths'),
  };
}

function thresholdsOf(values: Record<string, unknown>): ArrearsThresholds {
  const v = (key: string) => values[`billing.${key}`] as number;
  return {
    arrearsOverMonths: v('arrearsOverMonths'),
    mediationMaxMonths: v('mediationMaxMonths'),
    publicListingOverMonths: v('publicListingOverMonths'),
    courtActionMinMonths: v('courtActionMinMonths'),
  };
}

/** The R-BIL-7 thresholds' keys. */
export const ARREARS_KEYS = [
  'arrearsOverMonths',
  'mediationMaxMonths',
  'publicListingOverMonths',
  'courtActionMinMonths',
].map((k) => `billing.${k}`);

/** Every key billingPolicy reads, fetched in one statement. */
const BILLING_KEYS = [
  'monthBoundaryDay',
  'meterReadingDay',
  'paymentNoticeDay',
  'repairChargesCutoffDay',
  'dueDay',
  'collectionWindowStartDay',
  'lateFeeRatePerDay',
  'lateFeeRounding',
  'timeZone',
  'disputeCutoffDaysBeforeDue',
  'dunningIntervalsDays',
  'arrearsOverMonths',
  'mediationMaxMonths',
  'publicListingOverMonths',
  'courtActionMinMonths',
  'renovationDepositRefundMonths',
].map((k) => `billing.${k}`);
