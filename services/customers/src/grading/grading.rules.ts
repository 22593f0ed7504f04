import { CustomerSegment } from '../customer/customer.types';

/** R-CUS-2 thresholds, from the `customers.grade*` policies. */
export interface GradePolicies {
  newMaxTenureMonths: number;
  regularMinPaidBills: number;
  loyalMinTenureMonths: number;
  loyalMinOnTimeRate: number;
}

export interface GradeFacts {
  /** Months since the first dated occupancy; null when the customer never occupied a unit. */
  tenureMonths: number | null;
  paidBills: number;
  paidOnTime: number;
}

/** R-CUS-2: prospect → new → regular → loyal (潜在/新/常客/忠诚). */
export function segmentFor(f: GradeFacts, p: GradePolicies): CustomerSegment {
  if (f.tenureMonths === null) return CustomerSegment.PROSPECT;
  if (f.tenureMonths < p.newMaxTenureMonths || f.paidBills < p.regularMinPaidBills)
    return CustomerSegment.NEW;
  const onTime = f.paidBills ? f.paidOnTime / f.paidBills : 0;
  if (f.tenureMonths >= p.loyalMinTenureMonths && onTime >= p.loyalMinOnTimeRate)
    return CustomerSegment.LOYAL;
  return CustomerSegment.REGULAR;
}
