import { EntityManager } from '@mikro-orm/postgresql';
import { policyValues } from '@pm/policy';
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
    timeZone: await propertyTimeZone(em, propertyId, v<string>('timeZone')),
    disputeCutoffDays: v<number>('disputeCutoffDaysBeforeDue'),
    dunningIntervalsDays: v<number[]>('dunningIntervalsDays'),
    arrears: {
      arrearsOverMonths: v<number>('arrearsOverMonths'),
      mediationMaxMonths: v<number>('mediationMaxMonths'),
      publicListingOverMonths: v<number>('publicListingOverMonths'),
      courtActionMinMonths: v<number>('courtActionMinMonths'),
    },
    depositRefundMonths: v<number>('renovationDepositRefundMonths'),
  };
}

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
