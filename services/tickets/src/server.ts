import { RunningSubgraph, SubgraphDefinition } from '@pm/runtime';
import { policyChangedHandler } from '@pm/policy';
import { TicketsConfig, loadTicketsConfig } from './config';
import { entities } from './mikro-orm.config';
import { buildTicketsSchema } from './schema';
import { LogNotifier, Notifier, Notifiers, WebhookNotifier } from './notify/notifier';
import {
  propertyCreatedHandler,
  staffJoinedHandler,
  unitCreatedHandler,
} from './projection/projection.consumers';
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

export interface TicketsOptions {
  notifier?: Notifier;
}

/** Composition root of the tickets subgraph: its services, resolvers, consumers and SLA timer. */
export const ticketsSubgraph: SubgraphDefinition<
  TicketsConfig,
  TicketsOptions,
  { timer: SlaTimer; newTimer(): SlaTimer }
> = {
  name: 'tickets',
  loadConfig: loadTicketsConfig,
  entities,
  buildSchema: buildTicketsSchema,
  compose({ config, log, clock, db }, options) {
    const notifier =
      options.notifier ??
      new Notifiers([
        new LogNotifier(log.child({ component: 'notifier' })),
        ...(config.notifyWebhookUrl ? [new WebhookNotifier(config.notifyWebhookUrl, log)] : []),
      ]);
    const newTimer = () => new SlaTimer(db, clock, notifier, log.child({ component: 'sla-timer' }));
    const timer = newTimer();
    const tickets = new TicketService(db, clock);
    const changes = new TicketChanges(db, clock, notifier);
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
          new HandlingService(changes, notifier),
          new ComplaintService(db, clock, changes),
          new HelpService(clock, changes),
          patrols,
        ),
        new VisitResolver(new VisitService(db, clock)),
        new VisitRecordResolver(new VisitRecordService(db, clock, documents, customerNames)),
        new PriceResolver(new PriceService(db, clock)),
        new PatrolResolver(patrols),
        new PropertyKpiResolver(),
        new CustomerTicketsResolver(tickets),
        new CompanyServiceKpiResolver(),
      ],
      consumers: [
        policyChangedHandler('tickets'),
        propertyCreatedHandler,
        unitCreatedHandler,
        staffJoinedHandler,
      ],
      workers: [{ start: () => timer.start(config.timerIntervalMs), stop: () => timer.stop() }, jobs],
      routes: { [DOCUMENT_ROUTE]: documentRoute(documents, config.internalSecret, clock, log) },
      expose: { timer, newTimer },
    };
  },
};

export type TicketsServer = RunningSubgraph<{ timer: SlaTimer; newTimer(): SlaTimer }>;
