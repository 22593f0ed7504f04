import { buildSubgraph } from '@pm/graphql';
import { BillResolver, resolveBillReference } from './bill/bill.resolver';
import { BillRunResolver } from './run/bill-run.resolver';
import { MeterResolver } from './meter/meter.resolver';
import { PaymentResolver } from './payment/payment.resolver';
import { FeeScheduleResolver } from './fee/fee-schedule.resolver';
import { DunningResolver } from './dunning/dunning.resolver';
import {
  ArrearsResolver,
  CustomerBalanceResolver,
  CustomerRef,
  resolveCustomerReference,
} from './arrears/arrears.resolver';
import { BillingKpiResolver, PropertyRef, resolvePropertyReference } from './kpi/billing-kpis.resolver';
import { DepositResolver } from './deposit/deposit.resolver';

export function buildBillingSchema(instances?: object[]) {
  return buildSubgraph({
    resolvers: [
      BillResolver,
      BillRunResolver,
      MeterResolver,
      PaymentResolver,
      FeeScheduleResolver,
      DunningResolver,
      ArrearsResolver,
      CustomerBalanceResolver,
      BillingKpiResolver,
      DepositResolver,
    ],
    orphanedTypes: [CustomerRef, PropertyRef],
    references: {
      Bill: resolveBillReference,
      Customer: resolveCustomerReference,
      Property: resolvePropertyReference,
    },
    instances,
  });
}
