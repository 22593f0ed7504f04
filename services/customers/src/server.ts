import { JobRunner } from '@pm/jobs';
import { policyChangedHandler } from '@pm/policy';
import { RunningSubgraph, SubgraphDefinition } from '@pm/runtime';
import { CustomersConfig, loadCustomersConfig } from './config';
import { entities } from './mikro-orm.config';
import { buildCustomersSchema } from './schema';
import { PiiCipher } from './common/pii';
import { useCustomerDataKey } from './common/pii.type';
import { clearanceDecidedHandler } from './consumers/clearance.consumer';
import { gradingHandlers } from './consumers/grading.consumer';
import { propertyCreatedHandler, unitCreatedHandler } from './consumers/projection.consumer';
import { CARE_BIRTHDAY, CustomerService } from './customer/customer.service';
import { CustomerResolver } from './customer/customer.resolver';
import { ImportService } from './import/import.service';
import { ImportResolver } from './import/import.resolver';
import { OccupancyService, moveInJobs } from './occupancy/occupancy.service';
import { OccupancyResolver } from './occupancy/occupancy.resolver';
import { MoveOutService } from './moveout/moveout.service';
import { CustomerMoveOutsResolver, MoveOutResolver } from './moveout/moveout.resolver';
import { ArchiveService } from './archive/archive.service';
import { ArchiveLoanFields, ArchiveResolver } from './archive/archive.resolver';
import { FileStore, LocalDiskStore, S3Store } from './archive/file-store';
import { NoticeService, CARE_NOTICE, runCareNotice } from './notice/notice.service';
import { NoticeResolver } from './notice/notice.resolver';
import { CompanyCustomerKpiResolver, PropertyKpiResolver } from './kpi/kpi.resolver';

/** Composition root of the customers subgraph. */
export const customersSubgraph: SubgraphDefinition<CustomersConfig, object, { scheduler: JobRunner }> = {
  name: 'customers',
  loadConfig: loadCustomersConfig,
  entities,
  buildSchema: buildCustomersSchema,
  compose({ config, log, clock, db }) {
    const cipher = new PiiCipher(config.customerDataKey);
    // Before any consumer, job or request reads or writes a personal field.
    useCustomerDataKey(cipher);
    const files: FileStore =
      config.archiveStore === 's3'
        ? new S3Store(config.archiveS3Endpoint)
        : new LocalDiskStore(config.archiveDir);
    const customers = new CustomerService(db, cipher, clock);

    const scheduler = new JobRunner(
      db,
      clock,
      log.child({ component: 'jobs' }),
      {
        ...moveInJobs(clock),
        [CARE_NOTICE]: (em, p) => runCareNotice(em, p, clock.now()),
        [CARE_BIRTHDAY]: (em, p, job) => customers.birthdayJob(em, p, job.runAt),
      },
      { pollMs: config.schedulerPollMs },
    );
    return {
      resolvers: [
        new CustomerResolver(customers),
        new ImportResolver(new ImportService(db, customers, cipher, clock)),
        new OccupancyResolver(new OccupancyService(db, clock)),
        new MoveOutResolver(new MoveOutService(db, clock)),
        new CustomerMoveOutsResolver(new MoveOutService(db, clock)),
        new ArchiveResolver(new ArchiveService(db, files, clock)),
        new ArchiveLoanFields(clock),
        new NoticeResolver(new NoticeService(db, clock)),
        new PropertyKpiResolver(),
        new CompanyCustomerKpiResolver(),
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

export type CustomersServer = RunningSubgraph<{ scheduler: JobRunner }>;
