import { IncomingMessage, ServerResponse } from 'http';
import { CachedDirectory, INTERNAL_HEADER, TokenVerifier, verifyInternal } from '@pm/auth';
import { Database } from '@pm/db';
import { OutboxRelay, connectNats, ensureStreams } from '@pm/events';
import {
  RunningServer,
  connectRedis,
  selectsOnly,
  send,
  startGraphQLServer,
  subgraphContext,
} from '@pm/graphql';
import { Logger } from '@pm/observability';
import { TenancyConfig } from './config';
import { entities } from './mikro-orm.config';
import { PUBLIC_FIELDS, buildTenancySchema } from './schema';
import { KeycloakAdmin } from './tenant/keycloak-admin';
import { DbDirectory } from './tenant/directory';
import { SignUpService } from './tenant/signup.service';
import { SignUpResolver } from './tenant/signup.resolver';
import { SignUpLimiter } from './tenant/signup.limiter';
import { PropertyService } from './property/property.service';
import { PropertyResolver } from './property/property.resolver';
import { UnitService } from './unit/unit.service';
import { UnitResolver } from './unit/unit.resolver';
import { StaffService } from './staff/staff.service';
import { StaffResolver } from './staff/staff.resolver';
import { PolicyService } from './policy/policy.service';
import { PolicyResolver } from './policy/policy.resolver';
import { MeResolver } from './me/me.resolver';
import { PartnerClientResolver } from './partner/partner-client.resolver';
import { PartnerClientService } from './partner/partner-client.service';

export interface TenancyServer {
  http: RunningServer;
  db: Database;
  relay: OutboxRelay;
  stop(): Promise<void>;
}

/** Composition root: everything the tenancy subgraph runs is built and wired here. */
export async function startTenancy(config: TenancyConfig, log: Logger): Promise<TenancyServer> {
  const db = await Database.connect({
    clientUrl: config.databaseUrl,
    entities,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  const nc = await connectNats(config.natsUrl, 'tenancy');
  await ensureStreams(nc);
  const relay = new OutboxRelay({
    databaseUrl: config.relayDatabaseUrl,
    nc,
    log: log.child({ component: 'outbox-relay' }),
  });
  await relay.start();

  const cells = config.keycloakCells.map(
    (c) =>
      new KeycloakAdmin(
        c,
        config.keycloakAdminUser,
        config.keycloakAdminPassword,
        config.keycloakAdminTimeoutMs,
      ),
  );
  const directory = new DbDirectory(db);
  const verifier = new TokenVerifier({
    cells: config.keycloakCells,
    jwksTimeoutMs: config.jwksTimeoutMs,
    directory: new CachedDirectory(directory, { hitMs: 60_000, missMs: 1_000 }),
  });
  const redis = await connectRedis(config.redisUrl, log);
  const signUpLimiter = new SignUpLimiter(redis, {
    perAddressPerMinute: config.signupsPerMinute,
    perCellPerMinute: config.signupsPerCellPerMinute,
    keyPrefix: config.redisKeyPrefix,
  });
  const properties = new PropertyService(db);
  const units = new UnitService(db);
  const staff = new StaffService(db, cells, log);
  const { schema } = await buildTenancySchema([
    new SignUpResolver(new SignUpService(db, cells, log, signUpLimiter), signUpLimiter),
    new PropertyResolver(properties, units),
    new UnitResolver(units),
    new StaffResolver(staff),
    new PolicyResolver(new PolicyService(db)),
    new MeResolver(staff),
    new PartnerClientResolver(new PartnerClientService(db, cells, log)),
  ]);

  const http = await startGraphQLServer({
    port: config.port,
    log,
    production: config.nodeEnv === 'production',
    schema,
    context: subgraphContext({
      db,
      verifier,
      internalSecret: config.internalSecret,
      isPublicOperation: (body) => selectsOnly(body, PUBLIC_FIELDS),
    }),
    tenantOf: (ctx) => ctx.principal,
    ready: async () => !nc.isClosed() && (await db.orm.isConnected()),
    routes: { '/internal/tenants/': directoryRoute(directory, config.internalSecret) },
  });
  log.info('tenancy subgraph listening', { url: http.url });

  return {
    http,
    db,
    relay,
    async stop() {
      await http.close();
      await relay.stop();
      verifier.close();
      await redis.quit().catch(() => undefined);
      await nc.drain();
      await db.close();
    },
  };
}

/** The tenant registry for the gateway and the other subgraphs (issuer realm → tenant). */
function directoryRoute(directory: DbDirectory, secret: string) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const realm = decodeURIComponent((req.url ?? '').split('?')[0].slice('/internal/tenants/'.length));
    if (!verifyInternal(secret, `realm:${realm}`, req.headers[INTERNAL_HEADER] as string | undefined))
      return send(res, 403, { error: 'forbidden' });
    const entry = await directory.byRealm(realm);
    return entry ? send(res, 200, entry) : send(res, 404, { error: 'unknown realm' });
  };
}
