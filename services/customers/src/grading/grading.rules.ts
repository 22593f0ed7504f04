import { CustomerPotential, CustomerSegment } from '../customer/customer.types';

/** R-CUS-2 thresholds, from the `customers.grade*` policies. */
export interface GradePolicies {
  newMaxTenureMonths: number;
  regularMinPaidBills: number;
  /** Spend that counts as much as the bills: a customer who paid this much is regular too. */
  regularMinPaidFen: number;
  loyalMinTenureMonths: number;
  loyalMinOnTimeRate: number;
}

export interface GradeFacts {
  /** Months since the first dated occupancy; null when the customer never occupied a unit. */
  tenureMonths: number | null;
  paidBills: number;
  paidOnTime: number;
  /** Spend: every payment of the customer, integer fen. */
  paidFen: number;
}

/**
 * R-CUS-2: prospect → new → regular → loyal (潜在/新/常客/忠诚). Past the new period a customer is
 * regular by frequency (bills paid) or by spend (fen paid); loyal by tenure and paying on time.
 */
export function segmentFor(f: GradeFacts, p: GradePolicies): CustomerSegment {
  if (f.tenureMonths === null) return CustomerSegment.PROSPECT;
  if (
    f.tenureMonths < p.newMaxTenureMonths ||
    (f.paidBills < p.regularMinPaidBills && f.paidFen < p.regularMinPaidFen)
  )
    return CustomerSegment.NEW;
  const onTime = f.paidBills ? f.paidOnTime / f.paidBills : 0;
  if (f.tenureMonths >= p.loyalMinTenureMonths && onTime >= p.loyalMinOnTimeRate)
    return CustomerSegment.LOYAL;
  return CustomerSegment.REGULAR;
}

/**
 * R-CUS-2 potential: a customer who keeps using the company's services (tickets closed: paid
 * repairs, help) is worth more than the bills show, whatever the segment.
 */
export const potentialFor = (ticketsClosed: number, highMinTickets: number): CustomerPotential =>
  ticketsClosed >= highMinTickets ? CustomerPotential.HIGH : CustomerPotential.NORMAL;
