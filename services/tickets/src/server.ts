import { PartnerScope } from '@pm/contracts';
import { RunningSubgraph, SubgraphDefinition } from '@pm/runtime';
import { policyChangedHandler } from '@pm/policy';
import { TicketsConfig, loadTicketsConfig } from './config';
import { entities } from './mikro-orm.config';
import { buildTicketsSchema } from './schema';
import {
  occupancyEndedHandler,
  occupancyStartedHandler,
  propertyCreatedHandler,
  staffJoinedHandler,
  surveyAnsweredHandler,
  unitCreatedHandler,
} from './projection/projection.consumers';
import { staffChangedHandler, staffLeftHandler } from './projection/staff-lifecycle.consumers';
import { TicketChanges } from './ticket/ticket.changes';
import { TicketService } from './ticket/ticket.service';
import { TicketResolver } from './ticket/ticket.resolver';
import { RepairService } from './repair/repair.service';
import { HandlingService } from './handling/handling.service';
import { ComplaintService } from './complaint/complaint.service';
import { HelpService } from './help/help.service';
import { VisitService } from './visit/visit.service';
import { VisitResolver } from './visit/visit.resolver';
import { PriceService } from './price/price.service';
import { PriceResolver } from './price/price.resolver';
import { PatrolService } from './patrol/patrol.service';
import { PatrolResolver } from './patrol/patrol.resolver';
import { RecheckService } from './recheck/recheck.service';
import { RecheckResolver } from './recheck/recheck.resolver';
import { VacantCleaningService } from './vacant-cleaning/vacant-cleaning.service';
import { VacantCleaningResolver } from './vacant-cleaning/vacant-cleaning.resolver';
import { RequestService } from './request/request.service';
import { RequestResolver } from './request/request.resolver';
import { RecordingService } from './recording/recording.service';
import { RecordingResolver } from './recording/recording.resolver';
import { AnalysisService } from './analysis/analysis.service';
import { AnalysisResolver } from './analysis/analysis.resolver';
import { CompanyServiceKpiResolver, CustomerTicketsResolver, PropertyKpiResolver } from './stubs/stubs';
import { SlaTimer } from './sla/sla.timer';

import { JobRunner } from '@pm/jobs';
import {
  CustomerNames,
  DOCUMENT_PURGE_JOB,
  DOCUMENT_ROUTE,
  DocumentStore,
  documentPurgeJob,
  documentRoute,
} from '@pm/documents';
import { VisitRecordService } from './visit/visit-record.service';
import { VisitRecordResolver } from './visit/visit-record.resolver';
import { TicketRegisterResolver } from './register/register.resolver';

/** Composition root of the tickets subgraph: its services, resolvers, consumers and SLA timer. */
export const ticketsSubgraph: SubgraphDefinition<
  TicketsConfig,
  object,
  { timer: SlaTimer; newTimer(): SlaTimer }
> = {
  name: 'tickets',
  loadConfig: loadTicketsConfig,
  entities,
  // Partner apps: tickets:read / tickets:write; KPIs need kpi:read whichever subgraph answers them.
  access: {
    domain: 'tickets',
    fields: {
      'Property.serviceKpis': PartnerScope.KPI_READ,
      'Property.serviceKpiTrend': PartnerScope.KPI_READ,
      'CompanyKpis.serviceKpis': PartnerScope.KPI_READ,
    },
  },
  buildSchema: buildTicketsSchema,
  compose({ config, log, clock, db, metrics }) {
    const newTimer = () => new SlaTimer(db, clock, log.child({ component: 'sla-timer' }), metrics);
    const timer = newTimer();
    const tickets = new TicketService(db, clock);
    const changes = new TicketChanges(db, clock);
    const patrols = new PatrolService(db, clock, changes);
    const documents = new DocumentStore(db, clock, 'tickets', {
      linkSecret: config.documentLinkSecret,
      linkTtlMs: config.documentLinkTtlS * 1000,
      maxBytes: config.documentMaxBytes,
      tenantQuotaBytes: config.documentTenantQuotaBytes,
      concurrentRenders: config.documentConcurrentRenders,
    });
    const customerNames = new CustomerNames(
      config.customersUrl.replace(/\/graphql$/, ''),
      config.internalSecret,
    );
    const jobs = new JobRunner(
      db,
      clock,
      log.child({ component: 'jobs' }),
      { [DOCUMENT_PURGE_JOB]: documentPurgeJob() },
      { pollMs: config.jobPollMs },
    );
    return {
      resolvers: [
        new TicketResolver(
          tickets,
          new RepairService(clock, changes),
          new HandlingService(changes),
          new ComplaintService(db, clock, changes),
          new HelpService(clock, changes),
          patrols,
        ),
        new VisitResolver(new VisitService(db, clock)),
        new VisitRecordResolver(new VisitRecordService(db, clock, documents, customerNames)),
        new TicketRegisterResolver(db, documents),
        new PriceResolver(new PriceService(db, clock)),
        new PatrolResolver(patrols),
        new RecheckResolver(new RecheckService(db, clock)),
        new VacantCleaningResolver(new VacantCleaningService(db, clock)),
        new RequestResolver(new RequestService(db, clock)),
        new RecordingResolver(new RecordingService(db, clock)),
        new AnalysisResolver(new AnalysisService(db, clock)),
        new PropertyKpiResolver(),
        new CustomerTicketsResolver(tickets),
        new CompanyServiceKpiResolver(),
      ],
      consumers: [
        policyChangedHandler('tickets'),
        propertyCreatedHandler,
        unitCreatedHandler,
        staffJoinedHandler,
        staffLeftHandler,
        staffChangedHandler,
        surveyAnsweredHandler,
        occupancyStartedHandler,
        occupancyEndedHandler,
      ],
      workers: [{ start: () => timer.start(config.timerIntervalMs), stop: () => timer.stop() }, jobs],
      routes: { [DOCUMENT_ROUTE]: documentRoute(documents, config.internalSecret, clock, log) },
      expose: { timer, newTimer },
    };
  },
};

export type TicketsServer = RunningSubgraph<{ timer: SlaTimer; newTimer(): SlaTimer }>;
