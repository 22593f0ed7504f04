import { EntityManager } from '@mikro-orm/postgresql';
import { policyValue } from '@pm/policy';
import { Rounding } from './money';
import { ArrearsThresholds } from './period';
import { propertyTimeZone } from '../projection/projection.service';

/** The billing policy values in force for a property on a date (catalog defaults when unset). */
export interface BillingPolicy {
  boundaryDay: number;
  meterReadingDay: number;
  repairCutoffDay: number;
  dueDay: number;
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
  const v = <T>(key: string) => policyValue<T>(em, `billing.${key}`, propertyId, asOf);
  return {
    boundaryDay: await v<number>('monthBoundaryDay'),
    meterReadingDay: await v<number>('meterReadingDay'),
    repairCutoffDay: await v<number>('repairChargesCutoffDay'),
    dueDay: await v<number>('dueDay'),
    lateFeeRatePerDay: await v<number>('lateFeeRatePerDay'),
    rounding: await v<Rounding>('lateFeeRounding'),
    timeZone: await propertyTimeZone(em, propertyId, await v<string>('timeZone')),
    disputeCutoffDays: await v<number>('disputeCutoffDaysBeforeDue'),
    dunningIntervalsDays: await v<number[]>('dunningIntervalsDays'),
    arrears: {
      arrearsOverMonths: await v<number>('arrearsOverMonths'),
      mediationMaxMonths: await v<number>('mediationMaxMonths'),
      publicListingOverMonths: await v<number>('publicListingOverMonths'),
      courtActionMinMonths: await v<number>('courtActionMinMonths'),
    },
    depositRefundMonths: await v<number>('renovationDepositRefundMonths'),
  };
}
