import { PartnerScope } from '@pm/contracts';
import { JobRunner } from '@pm/jobs';
import { EventHandler } from '@pm/events';
import { SubgraphDefinition } from '@pm/runtime';
import { policyChangedHandler } from '@pm/policy';
import { BillingConfig, loadBillingConfig } from './config';
import { entities } from './mikro-orm.config';
import { buildBillingSchema } from './schema';
import { Clock } from '@pm/time';
import {
  occupancyEndedHandler,
  occupancyStartedHandler,
  propertyCreatedHandler,
  unitCreatedHandler,
} from './consumers/projection.consumer';
import { ticketCompletedHandler } from './consumers/ticket-completed.consumer';
import { moveOutRequestedHandler } from './consumers/moveout-requested.consumer';
import { renovationAcceptedHandler } from './consumers/renovation-accepted.consumer';
import { subletRegisteredHandler } from './consumers/fee-agreement.consumer';
import { BillService } from './bill/bill.service';
import { BillResolver } from './bill/bill.resolver';
import { BillRunService } from './run/bill-run.service';
import { BillRunResolver } from './run/bill-run.resolver';
import { MeterService } from './meter/meter.service';
import { MeterResolver } from './meter/meter.resolver';
import { MeterImportResolver } from './meter/meter-import.resolver';
import { MeterImportService } from './meter/meter-import.service';
import { PaymentService } from './payment/payment.service';
import { PaymentResolver } from './payment/payment.resolver';
import { FeeScheduleService } from './fee/fee-schedule.service';
import { FeeScheduleResolver } from './fee/fee-schedule.resolver';
import { DunningService } from './dunning/dunning.service';
import { DunningResolver, DunningValidityResolver } from './dunning/dunning.resolver';
import { FeeChangeService } from './fee/fee-change.service';
import { FeeChangeResolver } from './fee/fee-change.resolver';
import { DUNNING_JOB, dunningJob } from './dunning/dunning.jobs';
import { BILL_RUN_JOB, METER_READING_JOB, billRunJob, meterReadingJob } from './run/billing-cycle.jobs';
import { ArrearsService } from './arrears/arrears.service';
import { ArrearsResolver } from './arrears/arrears.resolver';
import { CustomerBalanceResolver } from './customer/customer-balance.resolver';
import { BillingKpiService } from './kpi/billing-kpis.service';
import { BillingKpiResolver, CompanyBillingKpiResolver } from './kpi/billing-kpis.resolver';
import { DepositService } from './deposit/deposit.service';
import { DepositResolver } from './deposit/deposit.resolver';
import {
  CustomerNames,
  DOCUMENT_PURGE_JOB,
  DOCUMENT_ROUTE,
  DocumentStore,
  documentPurgeJob,
  documentRoute,
} from '@pm/documents';
import { PrintService } from './print/print.service';
import { BillingRegisterResolver } from './register/register.resolver';
import {
  BillNoticeResolver,
  DunningNoticeResolver,
  PrintJobResolver,
  ReceiptResolver,
} from './print/print.resolver';

export interface BillingOptions {
  /** Test hook after each committed bill-run chunk. */
  chunkHook?: (chunk: number, runId: string) => void | Promise<void>;
}

/** The consumers billing runs (durable names `billing.<x>`). */
function billingHandlers(clock: Clock): EventHandler<any>[] {
  return [
    policyChangedHandler('billing'),
    propertyCreatedHandler(clock),
    unitCreatedHandler,
    occupancyStartedHandler,
    occupancyEndedHandler,
    ticketCompletedHandler,
    moveOutRequestedHandler(clock),
    renovationAcceptedHandler,
    subletRegisteredHandler,
  ];
}

/** Composition root of the billing subgraph. */
export const billingSubgraph: SubgraphDefinition<
  BillingConfig,
  BillingOptions,
  { runs: BillRunService; dunning: DunningService; print: PrintService; jobs: JobRunner }
> = {
  name: 'billing',
  loadConfig: loadBillingConfig,
  entities,
  // Partner apps: billing:read / billing:write; KPIs need kpi:read whichever subgraph answers them.
  access: {
    domain: 'billing',
    fields: {
      'Property.billingKpis': PartnerScope.KPI_READ,
      'Property.billingKpiTrend': PartnerScope.KPI_READ,
      'CompanyKpis.billingKpis': PartnerScope.KPI_READ,
    },
  },
  buildSchema: buildBillingSchema,
  compose({ config, log, clock, db, metrics }, options) {
    const bills = new BillService(db, clock);
    const runs = new BillRunService(db, clock, log.child({ component: 'bill-run' }), {
      chunkSize: config.billRunChunk,
      chunkHook: options.chunkHook,
      metrics,
    });
    const dunning = new DunningService(db, clock);
    const kpis = new BillingKpiService(db, clock);
    const arrears = new ArrearsService(db, clock);
    const documents = new DocumentStore(db, clock, 'billing', {
      linkSecret: config.documentLinkSecret,
      linkTtlMs: config.documentLinkTtlS * 1000,
      maxBytes: config.documentMaxBytes,
      tenantQuotaBytes: config.documentTenantQuotaBytes,
      concurrentRenders: config.documentConcurrentRenders,
    });
    const print = new PrintService(
      db,
      clock,
      log.child({ component: 'print' }),
      documents,
      new CustomerNames(config.customersUrl.replace(/\/graphql$/, ''), config.internalSecret),
      { jobsPerTenant: config.printJobsPerTenant, batchMax: config.printBatchMax },
    );
    const jobs = new JobRunner(
      db,
      clock,
      log.child({ component: 'jobs' }),
      {
        [DUNNING_JOB]: dunningJob(dunning, clock),
        [DOCUMENT_PURGE_JOB]: documentPurgeJob(),
        [METER_READING_JOB]: meterReadingJob(),
        [BILL_RUN_JOB]: billRunJob(runs),
      },
      { pollMs: config.jobPollMs },
    );
    return {
      resolvers: [
        new BillResolver(bills, dunning),
        new BillRunResolver(runs),
        new MeterResolver(new MeterService(db, clock)),
        new MeterImportResolver(new MeterImportService(db, clock)),
        new PaymentResolver(new PaymentService(db, clock)),
        new FeeScheduleResolver(new FeeScheduleService(db, clock)),
        new FeeChangeResolver(new FeeChangeService(db, clock)),
        new DunningResolver(dunning),
        new DunningValidityResolver(dunning),
        new ArrearsResolver(arrears),
        new CustomerBalanceResolver(arrears),
        new BillingKpiResolver(kpis),
        new CompanyBillingKpiResolver(kpis),
        new DepositResolver(new DepositService(db)),
        new BillNoticeResolver(print),
        new DunningNoticeResolver(print),
        new ReceiptResolver(print),
        new PrintJobResolver(print),
        new BillingRegisterResolver(db, documents, clock),
      ],
      consumers: billingHandlers(clock),
      workers: [jobs],
      // A bill run in flight finishes (or stops at a chunk boundary) before the connections close.
      drain: async () => {
        await runs.idle();
        await print.idle();
      },
      routes: { [DOCUMENT_ROUTE]: documentRoute(documents, config.internalSecret, clock, log) },
      expose: { runs, dunning, print, jobs },
    };
  },
};
