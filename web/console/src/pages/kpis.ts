import { graphql } from '../gql';

graphql(`
  fragment PropertyKpis on Property {
    id
    name
    kind
    timeZone
    serviceKpis(period: $period) {
      tickets
      resolved
      resolutionRate
      responseWithin24hRate
      timelyRate
      followUpHandlingRate
      satisfactionMean
    }
    billingKpis(period: $period) {
      billedFen
      collectedFen
      collectionRate
      target
      arrearsFen
    }
    customerKpis(period: $period) {
      customers
      churnRate
      dataErrorRate
      visitPlanCoverage
    }
    staffKpis(period: $period) {
      meanScore
      checksMissed
    }
  }
`);

/** The last twelve months, newest first, as "YYYY-MM". */
export function lastMonths(current: string, n = 12): string[] {
  const [y, m] = current.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) - i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}
