import { Logger } from '@pm/observability';
import { RunningSubgraph, RuntimeOptions, SubgraphDefinition, startSubgraph } from '@pm/runtime';
import { policyChangedHandler } from '@pm/policy';
import { CustomersConfig, loadCustomersConfig } from './config';
import { entities } from './mikro-orm.config';
import { buildCustomersSchema } from './schema';
import { PiiCipher } from './common/pii';
import { propertyCreatedHandler, unitCreatedHandler } from './projection/projection';
import { Scheduler } from './schedule/scheduler';
import { CARE_BIRTHDAY, CustomerService } from './customer/customer.service';
import { CustomerResolver } from './customer/customer.resolver';
import { ImportService } from './customer/import.service';
import { ImportResolver } from './customer/import.resolver';
import { OccupancyService, moveInJobs } from './occupancy/occupancy.service';
import { OccupancyResolver } from './occupancy/occupancy.resolver';
import { MoveOutService, clearanceDecidedHandler } from './moveout/moveout.service';
import { MoveOutResolver } from './moveout/moveout.resolver';
import { ArchiveService } from './archive/archive.service';
import { ArchiveResolver } from './archive/archive.resolver';
import { FileStore, LocalDiskStore, S3Store } from './archive/file-store';
import { NoticeService, CARE_NOTICE, insertNotice, runCareNotice } from './notice/notice.service';
import { NoticeResolver } from './notice/notice.resolver';
import { gradingHandlers } from './grading/grading.service';
import { PropertyKpiResolver } from './kpi/property.stub';
import { one } from '@pm/db';

/** Composition root of the customers subgraph. */
export const customersSubgraph: SubgraphDefinition<CustomersConfig, object, { scheduler: Scheduler }> = {
  name: 'customers',
  loadConfig: loadCustomersConfig,
  entities,
  buildSchema: buildCustomersSchema,
  compose({ config, log, clock, db }) {
    const cipher = new PiiCipher(config.customerDataKey);
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
        [CARE_BIRTHDAY]: async (em, p) => {
          const c = await one(
            em,
            'select id, name, property_id, birthday::text as birthday from customers where id = ?',
            [p.customerId],
          );
          if (!c) return;
          await insertNotice(em, {
            propertyId: c.property_id,
            kind: 'CARE_BIRTHDAY',
            title: 'Happy birthday',
            body: `Best wishes to ${c.name} from your property management.`,
            status: 'SENT',
            customerIds: [c.id],
            at: clock.now(),
          });
          if (c.birthday) await customers.scheduleBirthday(em, c.id, c.property_id, c.birthday);
        },
      },
      config.schedulerPollMs,
    );
    return {
      resolvers: [
        new CustomerResolver(customers, cipher),
        new ImportResolver(new ImportService(db, customers, cipher)),
        new OccupancyResolver(new OccupancyService(db, clock)),
        new MoveOutResolver(new MoveOutService(db, clock)),
        new ArchiveResolver(new ArchiveService(db, files, clock)),
        new NoticeResolver(new NoticeService(db, clock)),
        new PropertyKpiResolver(db),
      ],
      consumers: [
        propertyCreatedHandler,
        unitCreatedHandler,
        policyChangedHandler('customers'),
        clearanceDecidedHandler(clock),
        ...gradingHandlers(clock),
      ],
      workers: [scheduler],
      expose: { scheduler },
    };
  },
};

export type CustomersServer = RunningSubgraph<{ scheduler: Scheduler }>;

export const startCustomers = (config: CustomersConfig, log: Logger, options: RuntimeOptions = {}) =>
  startSubgraph(customersSubgraph, config, log, options);
