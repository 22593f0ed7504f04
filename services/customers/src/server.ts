import { CachedDirectory, HttpDirectory, TokenVerifier } from '@pm/auth';
import { Clock, systemClock } from '@pm/contracts';
import { Database } from '@pm/db';
import { EventConsumer, EventHandler, OutboxRelay, connectNats, ensureStreams } from '@pm/events';
import { RunningServer, startGraphQLServer, subgraphContext } from '@pm/graphql';
import { Logger } from '@pm/observability';
import { policyChangedHandler } from '@pm/policy';
import { CustomersConfig } from './config';
import { entities } from './mikro-orm.config';
import { buildCustomersSchema } from './schema';
import { PiiCipher } from './common/pii';
import { useCustomerDataKey } from './common/pii.type';
import { clearanceDecidedHandler } from './consumers/clearance.consumer';
import { gradingHandlers } from './consumers/grading.consumer';
import { propertyCreatedHandler, unitCreatedHandler } from './consumers/projection.consumer';
import { Scheduler } from './schedule/schedule.service';
import { CARE_BIRTHDAY, CustomerService } from './customer/customer.service';
import { CustomerResolver } from './customer/customer.resolver';
import { ImportService } from './import/import.service';
import { ImportResolver } from './import/import.resolver';
import { OccupancyService, moveInJobs } from './occupancy/occupancy.service';
import { OccupancyResolver } from './occupancy/occupancy.resolver';
import { MoveOutService } from './moveout/moveout.service';
import { MoveOutResolver } from './moveout/moveout.resolver';
import { ArchiveService } from './archive/archive.service';
import { ArchiveLoanFields, ArchiveResolver } from './archive/archive.resolver';
import { FileStore, LocalDiskStore, S3Store } from './archive/file-store';
import { NoticeService, CARE_NOTICE, runCareNotice } from './notice/notice.service';
import { NoticeResolver } from './notice/notice.resolver';
import { PropertyKpiResolver } from './kpi/kpi.resolver';

export interface CustomersServer {
  http: RunningServer;
  db: Database;
  scheduler: Scheduler;
  consumers: EventConsumer[];
  stop(): Promise<void>;
}

export interface CustomersOptions {
  /** Injected time source; tests pass their own. */
  clock?: Clock;
}

/** Composition root of the customers subgraph. */
export async function startCustomers(
  config: CustomersConfig,
  log: Logger,
  options: CustomersOptions = {},
): Promise<CustomersServer> {
  const clock = options.clock ?? systemClock;
  const cipher = new PiiCipher(config.customerDataKey);
  useCustomerDataKey(cipher);
  const db = await Database.connect({ clientUrl: config.databaseUrl, entities });
  const nc = await connectNats(config.natsUrl, 'customers');
  await ensureStreams(nc);
  const relay = new OutboxRelay({
    databaseUrl: config.relayDatabaseUrl,
    nc,
    log: log.child({ component: 'outbox-relay' }),
  });
  await relay.start();

  // Handlers of different events (an existential type TypeScript lacks); each consumer checks
  // the payload against its handler's own contract.
  const handlers: EventHandler<any>[] = [
    propertyCreatedHandler,
    unitCreatedHandler,
    policyChangedHandler('customers'),
    clearanceDecidedHandler(clock),
    ...gradingHandlers(clock),
  ];
  const consumers = handlers.map(
    (h) => new EventConsumer(h, { nc, db, log: log.child({ consumer: h.name }) }),
  );
  for (const c of consumers) await c.start();

  const files: FileStore =
    config.archiveStore === 's3'
      ? new S3Store(config.archiveS3Endpoint)
      : new LocalDiskStore(config.archiveDir);
  const customers = new CustomerService(db, cipher, clock);

  const scheduler = new Scheduler(
    db,
    clock,
    log.child({ component: 'scheduler' }),
    {
      ...moveInJobs(clock),
      [CARE_NOTICE]: (em, p) => runCareNotice(em, p, clock.now()),
      [CARE_BIRTHDAY]: (em, p) => customers.birthdayJob(em, p),
    },
    config.schedulerPollMs,
  );
  scheduler.start();

  const verifier = new TokenVerifier({
    cells: config.keycloakCells,
    directory: new CachedDirectory(
      new HttpDirectory(config.tenancyUrl.replace(/\/graphql$/, ''), config.internalSecret),
    ),
  });
  const { schema } = await buildCustomersSchema([
    new CustomerResolver(customers),
    new ImportResolver(new ImportService(db, customers, cipher, clock)),
    new OccupancyResolver(new OccupancyService(db, clock)),
    new MoveOutResolver(new MoveOutService(db, clock)),
    new ArchiveResolver(new ArchiveService(db, files, clock)),
    new ArchiveLoanFields(clock),
    new NoticeResolver(new NoticeService(db, clock)),
    new PropertyKpiResolver(db),
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
  log.info('customers subgraph listening', { url: http.url });

  return {
    http,
    db,
    scheduler,
    consumers,
    async stop() {
      await http.close();
      await scheduler.stop();
      for (const c of consumers) await c.stop();
      await relay.stop();
      verifier.close();
      await nc.drain();
      await db.close();
    },
  };
}
