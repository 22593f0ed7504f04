import { graphql } from '../gql';

// The KPIs of a property as the dashboard and the drill-down both show them; codegen inlines the
// fragment into their documents, so nothing imports this file.

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
