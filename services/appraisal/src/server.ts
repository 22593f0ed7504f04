import { Clock, systemClock } from '@pm/contracts';
import { TenantDirectory, subgraphVerifier } from '@pm/auth';
import { Database } from '@pm/db';
import { EventConsumer, OutboxRelay, connectNats, ensureStreams } from '@pm/events';
import { RunningServer, startGraphQLServer, subgraphContext } from '@pm/graphql';
import { Logger } from '@pm/observability';
import { policyChangedHandler } from '@pm/policy';
import { AppraisalConfig } from './config';
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
import { propertyCreatedHandler, staffJoinedHandler } from './consumers/projection.consumers';
import { slaBreachedHandler, visitMissedHandler } from './consumers/evidence.consumers';

export interface AppraisalServer {
  http: RunningServer;
  db: Database;
  relay: OutboxRelay;
  consumers: EventConsumer[];
  stop(): Promise<void>;
}

export interface AppraisalOptions {
  /** The clock of every "today" (tests move it). */
  clock?: Clock;
  /** Tenant directory override (tests whose tenancy runs on a port known only later). */
  directory?: TenantDirectory;
}

/** Composition root: everything the appraisal subgraph runs is built and wired here. */
export async function startAppraisal(
  config: AppraisalConfig,
  log: Logger,
  o: AppraisalOptions = {},
): Promise<AppraisalServer> {
  const clock = o.clock ?? systemClock;
  const db = await Database.connect({
    clientUrl: config.databaseUrl,
    entities,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  const nc = await connectNats(config.natsUrl, 'appraisal');
  await ensureStreams(nc);
  const relay = new OutboxRelay({
    databaseUrl: config.relayDatabaseUrl,
    nc,
    log: log.child({ component: 'outbox-relay' }),
  });
  await relay.start();

  const consumers = [
    staffJoinedHandler,
    propertyCreatedHandler,
    policyChangedHandler('appraisal'),
    slaBreachedHandler,
    visitMissedHandler,
  ].map((h) => new EventConsumer(h, { nc, db, log: log.child({ consumer: h.name }) }));
  for (const c of consumers) await c.start();

  const verifier = subgraphVerifier(config, o.directory);
  const checks = new CheckService(db, clock);
  const reports = new ReportsService(db, clock);
  const { schema } = await buildAppraisalSchema([
    new CheckResolver(checks, reports),
    new SuggestionResolver(new SuggestionService(db)),
    new AppealResolver(new AppealService(db, clock)),
    new StaffRefResolver(checks),
    new PropertyRefResolver(reports),
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
  log.info('appraisal subgraph listening', { url: http.url });

  return {
    http,
    db,
    relay,
    consumers,
    async stop() {
      await http.close();
      for (const c of consumers) await c.stop();
      await relay.stop();
      verifier.close();
      await nc.drain();
      await db.close();
    },
  };
}
