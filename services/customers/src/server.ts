import { PartnerScope } from '@pm/contracts';
import { JobRunner } from '@pm/jobs';
import { policyChangedHandler } from '@pm/policy';
import { RunningSubgraph, SNAPSHOT_ROUTE, SubgraphDefinition, snapshotRoute } from '@pm/runtime';
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
import { FileStore, PostgresFileStore, S3FileStore } from './archive/file-store';
import { NoticeService, CARE_NOTICE, runCareNotice } from './notice/notice.service';
import { NoticeResolver } from './notice/notice.resolver';
import { LetterService } from './letter/letter.service';
import { LetterResolver } from './letter/letter.resolver';
import {
  FIRE_SAFETY_INSPECTION_JOB,
  FireSafetyService,
  fireSafetyInspectionJob,
} from './fire-safety/fire-safety.service';
import { FireSafetyResolver } from './fire-safety/fire-safety.resolver';
import { ShopInspectionResolver } from './shop-inspection/shop-inspection.resolver';
import { ShopInspectionService } from './shop-inspection/shop-inspection.service';
import { ARCHIVE_COMPLETENESS_JOB, archiveCompletenessJob } from './archive/archive.jobs';
import { StorageService } from './storage/storage.service';
import { StorageResolver } from './storage/storage.resolver';
import { RenovationService } from './renovation/renovation.service';
import { RenovationResolver } from './renovation/renovation.resolver';
import { HandoverService } from './handover/handover.service';
import { HandoverResolver } from './handover/handover.resolver';
import { SurveyService } from './survey/survey.service';
import { SurveyResolver } from './survey/survey.resolver';
import { AssemblyService } from './assembly/assembly.service';
import { AssemblyResolver } from './assembly/assembly.resolver';
import { VisitPlanService } from './visit-plan/visit-plan.service';
import { VisitPlanResolver } from './visit-plan/visit-plan.resolver';
import { FollowUpService } from './follow-up/follow-up.service';
import { FollowUpResolver } from './follow-up/follow-up.resolver';
import { HouseholdService } from './household/household.service';
import { HouseholdResolver, OccupancyHouseholdResolver } from './household/household.resolver';
import { AccessCardService } from './access-card/access-card.service';
import {
  AccessCardResolver,
  CustomerAccessCardsResolver,
  OccupancyAccessCardsResolver,
} from './access-card/access-card.resolver';
import { CompanyCustomerKpiResolver, PropertyKpiResolver } from './kpi/kpi.resolver';
import {
  CUSTOMER_NAMES_ROUTE,
  DOCUMENT_PURGE_JOB,
  DOCUMENT_ROUTE,
  DocumentStore,
  customerNamesRoute,
  documentPurgeJob,
  documentRoute,
} from '@pm/documents';
import { CustomerRegisterResolver } from './register/register.resolver';
import { ReleasePassService } from './moveout/release-pass.service';
import { ReleasePassResolver } from './moveout/release-pass.resolver';
import { customerNamesLookup } from './customer/customer-names';
import { customersSnapshots } from './snapshot/snapshot.sources';

/** Composition root of the customers subgraph. */
export const customersSubgraph: SubgraphDefinition<CustomersConfig, object, { scheduler: JobRunner }> = {
  name: 'customers',
  loadConfig: loadCustomersConfig,
  entities,
  // Partner apps: customers:read / customers:write; KPIs need kpi:read whichever subgraph answers them.
  access: {
    domain: 'customers',
    fields: {
      'Property.customerKpis': PartnerScope.KPI_READ,
      'Property.customerKpiTrend': PartnerScope.KPI_READ,
      'CompanyKpis.customerKpis': PartnerScope.KPI_READ,
    },
  },
  buildSchema: buildCustomersSchema,
  compose({ config, log, clock, db }) {
    const cipher = new PiiCipher(config.customerDataKey);
    // Before any consumer, job or request reads or writes a personal field.
    useCustomerDataKey(cipher);
    const files: FileStore =
      config.archiveStore === 's3'
        ? new S3FileStore({
            bucket: config.archiveS3Bucket,
            region: config.archiveS3Region,
            endpoint: config.archiveS3Endpoint,
            forcePathStyle: config.archiveS3ForcePathStyle,
            accessKeyId: config.archiveS3AccessKeyId,
            secretAccessKey: config.archiveS3SecretAccessKey,
          })
        : new PostgresFileStore();
    const documentLimits = {
      maxBytes: config.archiveMaxDocumentBytes,
      contentTypes: config.archiveContentTypes
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    };
    const customers = new CustomerService(db, cipher, clock);
    const household = new HouseholdService(db);
    const accessCards = new AccessCardService(db);
    const documents = new DocumentStore(db, clock, 'customers', {
      linkSecret: config.documentLinkSecret,
      linkTtlMs: config.documentLinkTtlS * 1000,
      maxBytes: config.documentMaxBytes,
      tenantQuotaBytes: config.documentTenantQuotaBytes,
      concurrentRenders: config.documentConcurrentRenders,
    });

    const scheduler = new JobRunner(
      db,
      clock,
      log.child({ component: 'jobs' }),
      {
        ...moveInJobs(clock),
        [CARE_NOTICE]: (em, p) => runCareNotice(em, p, clock.now()),
        [CARE_BIRTHDAY]: (em, p, job) => customers.birthdayJob(em, p, job.runAt),
        [DOCUMENT_PURGE_JOB]: documentPurgeJob(),
        [FIRE_SAFETY_INSPECTION_JOB]: fireSafetyInspectionJob(),
        [ARCHIVE_COMPLETENESS_JOB]: archiveCompletenessJob(),
      },
      { pollMs: config.schedulerPollMs },
    );
    return {
      resolvers: [
        new CustomerResolver(customers),
        new ImportResolver(new ImportService(db, customers, cipher, clock)),
        new OccupancyResolver(new OccupancyService(db, clock)),
        new MoveOutResolver(new MoveOutService(db, clock)),
        new ReleasePassResolver(new ReleasePassService(db, clock, documents)),
        new CustomerRegisterResolver(db, documents),
        new ArchiveResolver(new ArchiveService(db, files, clock, documentLimits)),
        new CustomerMoveOutsResolver(new MoveOutService(db, clock)),
        new ArchiveLoanFields(clock),
        new NoticeResolver(new NoticeService(db, clock)),
        new LetterResolver(new LetterService(db, clock)),
        new FireSafetyResolver(new FireSafetyService(db, clock)),
        new ShopInspectionResolver(new ShopInspectionService(db, clock)),
        new StorageResolver(new StorageService(db, clock)),
        new RenovationResolver(new RenovationService(db, clock)),
        new HandoverResolver(new HandoverService(db, clock)),
        new SurveyResolver(new SurveyService(db, clock)),
        new AssemblyResolver(new AssemblyService(db, clock)),
        new VisitPlanResolver(new VisitPlanService(db, clock)),
        new FollowUpResolver(new FollowUpService(db, clock)),
        new HouseholdResolver(household),
        new OccupancyHouseholdResolver(household),
        new AccessCardResolver(accessCards),
        new OccupancyAccessCardsResolver(accessCards),
        new CustomerAccessCardsResolver(accessCards),
        new PropertyKpiResolver(),
        new CompanyCustomerKpiResolver(),
      ],
      consumers: [
        propertyCreatedHandler(clock),
        unitCreatedHandler,
        policyChangedHandler('customers'),
        clearanceDecidedHandler(clock),
        ...gradingHandlers(clock),
      ],
      workers: [scheduler],
      routes: {
        [DOCUMENT_ROUTE]: documentRoute(documents, config.internalSecret, clock, log),
        [CUSTOMER_NAMES_ROUTE]: customerNamesRoute(config.internalSecret, customerNamesLookup(db)),
        [SNAPSHOT_ROUTE]: snapshotRoute(config.internalSecret, customersSnapshots(db, clock)),
      },
      expose: { scheduler },
    };
  },
};

export type CustomersServer = RunningSubgraph<{ scheduler: JobRunner }>;
