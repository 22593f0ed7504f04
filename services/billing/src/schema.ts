import { buildSubgraph, resolveCompanyKpisReference } from '@pm/graphql';
import { BillResolver, resolveBillReference } from './bill/bill.resolver';
import { BillRunResolver } from './run/bill-run.resolver';
import { MeterResolver } from './meter/meter.resolver';
import { MeterImportResolver } from './meter/meter-import.resolver';
import { PaymentResolver } from './payment/payment.resolver';
import { FeeScheduleResolver } from './fee/fee-schedule.resolver';
import { FeeChangeResolver } from './fee/fee-change.resolver';
import { DunningResolver, DunningValidityResolver } from './dunning/dunning.resolver';
import { ArrearsResolver } from './arrears/arrears.resolver';
import { CustomerBalanceResolver } from './customer/customer-balance.resolver';
import { CustomerRef, resolveCustomerReference } from './customer/customer.stub';
import { BillingKpiResolver, CompanyBillingKpiResolver, CompanyKpisRef } from './kpi/billing-kpis.resolver';
import { PropertyRef, resolvePropertyReference } from './property/property.stub';
import { DepositResolver } from './deposit/deposit.resolver';
import { BillingRegisterResolver } from './register/register.resolver';
import {
  BillNoticeResolver,
  DunningNoticeResolver,
  PrintJobResolver,
  ReceiptResolver,
} from './print/print.resolver';

export function buildBillingSchema(instances?: object[]) {
  return buildSubgraph({
    resolvers: [
      BillResolver,
      BillRunResolver,
      MeterResolver,
      MeterImportResolver,
      PaymentResolver,
      FeeScheduleResolver,
      FeeChangeResolver,
      DunningResolver,
      DunningValidityResolver,
      ArrearsResolver,
      CustomerBalanceResolver,
      BillingKpiResolver,
      CompanyBillingKpiResolver,
      DepositResolver,
      BillNoticeResolver,
      DunningNoticeResolver,
      ReceiptResolver,
      PrintJobResolver,
      BillingRegisterResolver,
    ],
    orphanedTypes: [CustomerRef, PropertyRef, CompanyKpisRef],
    otherKeyReferences: { CompanyKpis: resolveCompanyKpisReference },
    references: {
      Bill: resolveBillReference,
      Customer: resolveCustomerReference,
      Property: resolvePropertyReference,
    },
    instances,
  });
}
