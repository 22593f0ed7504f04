import { graphql } from '../gql';

// The KPIs of a property as the dashboard and the drill-down both show them; codegen inlines the
// fragments into their documents, so nothing imports this file.

graphql(`
  fragment Measure on KpiMeasure {
    value
    target
    comparison
    met
  }
`);

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
      response {
        ...Measure
      }
      resolution {
        ...Measure
      }
      satisfaction {
        ...Measure
      }
      timely {
        ...Measure
      }
      followUp {
        ...Measure
      }
    }
    billingKpis(period: $period) {
      billedFen
      collectedFen
      collectionRate
      collection {
        ...Measure
      }
      arrearsFen
    }
    customerKpis(period: $period) {
      customers
      churnRate
      dataErrorRate
      visitPlanCoverage
      churn {
        ...Measure
      }
      dataErrors {
        ...Measure
      }
      visitPlan {
        ...Measure
      }
    }
    staffKpis(period: $period) {
      meanScore
      checksMissed
    }
  }
`);
