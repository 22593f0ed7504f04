import { subgraphVerifier } from '@pm/auth';
import { Database } from '@pm/db';
import { EventConsumer, OutboxRelay, connectNats, ensureStreams } from '@pm/events';
import { RunningServer, startGraphQLServer, subgraphContext } from '@pm/graphql';
import { Logger } from '@pm/observability';
import { policyChangedHandler } from '@pm/policy';
import { TicketsConfig } from './config';
import { entities } from './mikro-orm.config';
import { buildTicketsSchema } from './schema';
import { Clock, systemClock } from '@pm/contracts';
import { LogNotifier, Notifier, Notifiers, WebhookNotifier } from './notify/notifier';
import {
  propertyCreatedHandler,
  staffJoinedHandler,
  unitCreatedHandler,
} from './projection/projection.consumers';
import { TicketService } from './ticket/ticket.service';
import { TicketResolver } from './ticket/ticket.resolver';
import { VisitService } from './visit/visit.service';
import { VisitResolver } from './visit/visit.resolver';
import { PriceService } from './price/price.service';
import { PriceResolver } from './price/price.resolver';
import { PatrolResolver, PatrolService } from './patrol/patrol';
import { CustomerTicketsResolver, PropertyKpiResolver } from './stubs/stubs';
import { SlaTimer } from './sla/sla.timer';

export interface TicketsServer {
  http: RunningServer;
  db: Database;
  relay: OutboxRelay;
  timer: SlaTimer;
  consumers: EventConsumer[];
  /** A fresh timer over the same database (tests: "restart" the timer). */
  newTimer(): SlaTimer;
  stop(): Promise<void>;
}

export interface TicketsOptions {
  /** Injected time source; tests pass a FakeClock. */
  clock?: Clock;
  notifier?: Notifier;
}

/** Composition root of the tickets subgraph. */
export async function startTickets(
  config: TicketsConfig,
  log: Logger,
  options: TicketsOptions = {},
): Promise<TicketsServer> {
  const clock = options.clock ?? systemClock;
  const db = await Database.connect({
    clientUrl: config.databaseUrl,
    entities,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  const nc = await connectNats(config.natsUrl, 'tickets');
  await ensureStreams(nc);
  const relay = new OutboxRelay({
    databaseUrl: config.relayDatabaseUrl,
    nc,
    log: log.child({ component: 'outbox-relay' }),
  });
  await relay.start();

  const consumers = [
    policyChangedHandler('tickets'),
    propertyCreatedHandler,
    unitCreatedHandler,
    staffJoinedHandler,
  ].map((h) => new EventConsumer(h, { nc, db, log: log.child({ component: h.name }) }));
  for (const c of consumers) await c.start();

  const notifier =
    options.notifier ??
    new Notifiers([
      new LogNotifier(log.child({ component: 'notifier' })),
      ...(config.notifyWebhookUrl ? [new WebhookNotifier(config.notifyWebhookUrl, log)] : []),
    ]);
  const newTimer = () => new SlaTimer(db, clock, notifier, log.child({ component: 'sla-timer' }));
  const timer = newTimer();
  timer.start(config.timerIntervalMs);

  const verifier = subgraphVerifier(config);
  const tickets = new TicketService(db, clock, notifier);
  const { schema } = await buildTicketsSchema([
    new TicketResolver(tickets),
    new VisitResolver(new VisitService(db, clock)),
    new PriceResolver(new PriceService(db, clock)),
    new PatrolResolver(new PatrolService(db, clock)),
    new PropertyKpiResolver(),
    new CustomerTicketsResolver(tickets),
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
  log.info('tickets subgraph listening', { url: http.url });

  return {
    http,
    db,
    relay,
    timer,
    consumers,
    newTimer,
    async stop() {
      await http.close();
      await timer.stop();
      for (const c of consumers) await c.stop();
      await relay.stop();
      verifier.close();
      await nc.drain();
      await db.close();
    },
  };
}
