import { PartnerScope } from '@pm/contracts';
import { Logger } from '@pm/observability';
import { RunningSubgraph, RuntimeOptions, SubgraphDefinition, startSubgraph } from '@pm/runtime';
import { policyChangedHandler } from '@pm/policy';
import { AppraisalConfig, loadAppraisalConfig } from './config';
import { entities } from './mikro-orm.config';
import { buildAppraisalSchema } from './schema';
import { CheckService } from './check/check.service';
import { ReportsService } from './reports/reports.service';
import { SuggestionService } from './suggestion/suggestion.service';
import { AppealService } from './appeal/appeal.service';
import {
  AppealResolver,
  CheckResolver,
  PropertyRefResolver,
  StaffRefResolver,
  SuggestionResolver,
} from './check/check.resolver';
import {
  propertyCreatedHandler,
  staffChangedHandler,
  staffJoinedHandler,
  staffLeftHandler,
} from './consumers/projection.consumers';
import { slaBreachedHandler, visitMissedHandler } from './consumers/evidence.consumers';
import {
  DOCUMENT_PURGE_JOB,
  DOCUMENT_ROUTE,
  DocumentStore,
  documentPurgeJob,
  documentRoute,
} from '@pm/documents';
import { JobRunner } from '@pm/jobs';
import { AppraisalRegisterResolver } from './register/register.resolver';
import { KpiReportResolver } from './kpi-report/kpi-report.resolver';

/** Composition root of the appraisal subgraph. */
export const appraisalSubgraph: SubgraphDefinition<AppraisalConfig, object, object> = {
  name: 'appraisal',
  loadConfig: loadAppraisalConfig,
  entities,
  // Partner apps: appraisal:read / appraisal:write; KPIs need kpi:read whichever subgraph answers them.
  access: {
    domain: 'appraisal',
    fields: {
      'Property.staffKpis': PartnerScope.KPI_READ,
      'Property.staffKpiTrend': PartnerScope.KPI_READ,
      'Mutation.exportKpiReport': PartnerScope.KPI_READ,
    },
  },
  buildSchema: buildAppraisalSchema,
  compose({ config, log, db, clock }) {
    const checks = new CheckService(db, clock);
    const reports = new ReportsService(db, clock);
    const documents = new DocumentStore(db, clock, 'appraisal', {
      linkSecret: config.documentLinkSecret,
      linkTtlMs: config.documentLinkTtlS * 1000,
      maxBytes: config.documentMaxBytes,
      tenantQuotaBytes: config.documentTenantQuotaBytes,
      concurrentRenders: config.documentConcurrentRenders,
    });
    const jobs = new JobRunner(
      db,
      clock,
      log.child({ component: 'jobs' }),
      { [DOCUMENT_PURGE_JOB]: documentPurgeJob() },
      { pollMs: config.jobPollMs },
    );
    return {
      resolvers: [
        new CheckResolver(checks, reports),
        new SuggestionResolver(new SuggestionService(db)),
        new AppealResolver(new AppealService(db, clock)),
        new StaffRefResolver(checks),
        new PropertyRefResolver(reports),
        new AppraisalRegisterResolver(db, documents),
        new KpiReportResolver(documents, {
          gatewayUrl: config.gatewayUrl,
          timeoutMs: config.kpiReportTimeoutMs,
          maxResponseBytes: config.kpiReportMaxResponseBytes,
        }),
      ],
      consumers: [
        staffJoinedHandler,
        staffLeftHandler,
        staffChangedHandler,
        propertyCreatedHandler,
        policyChangedHandler('appraisal'),
        slaBreachedHandler,
        visitMissedHandler,
      ],
      workers: [jobs],
      routes: { [DOCUMENT_ROUTE]: documentRoute(documents, config.internalSecret, clock, log) },
    };
  },
};

export type AppraisalServer = RunningSubgraph;

export const startAppraisal = (config: AppraisalConfig, log: Logger, options: RuntimeOptions = {}) =>
  startSubgraph(appraisalSubgraph, config, log, options);
