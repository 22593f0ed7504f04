import { subgraphVerifier } from '@pm/auth';
import { Database } from '@pm/db';
import { EventConsumer, EventHandler, OutboxRelay, connectNats, ensureStreams } from '@pm/events';
import { RunningServer, startGraphQLServer, subgraphContext } from '@pm/graphql';
import { Logger } from '@pm/observability';
import { policyChangedHandler } from '@pm/policy';
import { BillingConfig } from './config';
import { entities } from './mikro-orm.config';
import { buildBillingSchema } from './schema';
import { Clock, systemClock } from '@pm/contracts';
import {
  occupancyEndedHandler,
  occupancyStartedHandler,
  propertyCreatedHandler,
  unitCreatedHandler,
} from './projection/projection.consumers';
import { ticketCompletedHandler } from './repair/ticket-completed.consumer';
import { moveOutRequestedHandler } from './clearance/moveout-requested.consumer';
import { BillService } from './bill/bill.service';
import { BillResolver } from './bill/bill.resolver';
import { BillRunService } from './run/bill-run.service';
import { BillRunResolver } from './run/bill-run.resolver';
import { MeterService } from './meter/meter.service';
import { MeterResolver } from './meter/meter.resolver';
import { PaymentService } from './payment/payment.service';
import { PaymentResolver } from './payment/payment.resolver';
import { FeeScheduleService } from './fee/fee-schedule.service';
import { FeeScheduleResolver } from './fee/fee-schedule.resolver';
import { DunningService } from './dunning/dunning.service';
import { DunningResolver } from './dunning/dunning.resolver';
import { DunningScheduler } from './dunning/dunning.scheduler';
import { ArrearsService } from './arrears/arrears.service';
import { ArrearsResolver, CustomerBalanceResolver } from './arrears/arrears.resolver';
import { BillingKpiService } from './kpi/billing-kpis.service';
import { BillingKpiResolver } from './kpi/billing-kpis.resolver';
import { DepositService } from './deposit/deposit.service';
import { DepositResolver } from './deposit/deposit.resolver';

export interface BillingServer {
  http: RunningServer;
  db: Database;
  runs: BillRunService;
  dunning: DunningService;
  consumers: EventConsumer[];
  stop(): Promise<void>;
}

export interface BillingOverrides {
  clock?: Clock;
  /** Test hook after each committed bill-run chunk. */
  chunkHook?: (chunk: number, runId: string) => void | Promise<void>;
}

/** The consumers billing runs (durable names `billing.<x>`). */
export function billingHandlers(clock: Clock): EventHandler<any>[] {
  return [
    policyChangedHandler('billing'),
    propertyCreatedHandler,
    unitCreatedHandler,
    occupancyStartedHandler,
    occupancyEndedHandler,
    ticketCompletedHandler,
    moveOutRequestedHandler(clock),
  ];
}

/** Composition root: everything the billing subgraph runs is built and wired here. */
export async function startBilling(
  config: BillingConfig,
  log: Logger,
  overrides: BillingOverrides = {},
): Promise<BillingServer> {
  const clock = overrides.clock ?? systemClock;
  const db = await Database.connect({
    clientUrl: config.databaseUrl,
    entities,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  const nc = await connectNats(config.natsUrl, 'billing');
  await ensureStreams(nc);
  const relay = new OutboxRelay({
    databaseUrl: config.relayDatabaseUrl,
    nc,
    log: log.child({ component: 'outbox-relay' }),
  });
  await relay.start();
  const consumers = billingHandlers(clock).map(
    (h) => new EventConsumer(h, { nc, db, log: log.child({ consumer: h.name }) }),
  );
  for (const c of consumers) await c.start();

  const verifier = subgraphVerifier(config);
  const bills = new BillService(db, clock);
  const runs = new BillRunService(db, clock, log.child({ component: 'bill-run' }), {
    chunkSize: config.billRunChunk,
    chunkHook: overrides.chunkHook,
  });
  const dunning = new DunningService(db);
  const arrears = new ArrearsService(db, clock);
  const scheduler = new DunningScheduler(db, dunning, clock, log, config.dunningPollMs);
  scheduler.start();

  const { schema } = await buildBillingSchema([
    new BillResolver(bills, dunning),
    new BillRunResolver(runs),
    new MeterResolver(new MeterService(db, clock)),
    new PaymentResolver(new PaymentService(db, clock)),
    new FeeScheduleResolver(new FeeScheduleService(db)),
    new DunningResolver(dunning),
    new ArrearsResolver(arrears),
    new CustomerBalanceResolver(arrears),
    new BillingKpiResolver(new BillingKpiService(db, clock)),
    new DepositResolver(new DepositService(db, clock)),
  ]);

  const http = await startGraphQLServer({
    port: config.port,
    log,
    production: config.nodeEnv === 'production',
    schema,
    context: subgraphContext({ db, verifier, internalSecret: config.internalSecret }),
    tenantOf: (ctx) => ctx.principal,
    ready: async () => !nc.isClosed() && (await db.orm.isConnected()),
  });
  log.info('billing subgraph listening', { url: http.url });

  return {
    http,
    db,
    runs,
    dunning,
    consumers,
    async stop() {
      scheduler.stop();
      await http.close();
      await runs.idle();
      for (const c of consumers) await c.stop();
      await relay.stop();
      verifier.close();
      await nc.drain();
      await db.close();
    },
  };
}
