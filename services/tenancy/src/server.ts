import { PartnerScope, isUuid } from '@pm/contracts';
import { IncomingMessage, ServerResponse } from 'http';
import {
  CachedDirectory,
  INTERNAL_HEADER,
  REVOCATIONS_PATH,
  REVOCATIONS_SUBJECT,
  verifyInternal,
} from '@pm/auth';
import { ANY_PARTNER, NO_PARTNER, PartnerUsage, connectRedis, selectsOnly, send } from '@pm/graphql';
import { Logger } from '@pm/observability';
import {
  RunningSubgraph,
  RuntimeOptions,
  SNAPSHOT_ROUTE,
  SubgraphDefinition,
  snapshotRoute,
  startSubgraph,
} from '@pm/runtime';
import { TenancyConfig, loadTenancyConfig } from './config';
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
import { CompanyKpisResolver } from './company/company-kpis.resolver';
import { PartnerClientService } from './partner/partner-client.service';
import { DbRevocations } from './revocation/revocation.service';
import { PartnerOperationService } from './partner/partner-operation.service';
import { tenancySnapshots } from './snapshot/snapshot.sources';

/** Composition root of the tenancy subgraph, which also serves the tenant directory. */
export const tenancySubgraph: SubgraphDefinition<TenancyConfig, object, object> = {
  name: 'tenancy',
  loadConfig: loadTenancyConfig,
  entities,
  // Partner apps read reference data (properties, units, themselves) with any scope, KPIs with
  // kpi:read, and never administer the company (staff, policy, partner clients).
  access: {
    query: ANY_PARTNER,
    mutation: NO_PARTNER,
    fields: {
      'Query.companyKpis': PartnerScope.KPI_READ,
      'Query.partnerClients': NO_PARTNER,
    },
  },
  buildSchema: buildTenancySchema,
  async compose({ config, log, db, clock, metrics }) {
    const cells = config.keycloakCells.map(
      (c) =>
        new KeycloakAdmin(
          c,
          config.keycloakAdminUser,
          config.keycloakAdminPassword,
          config.keycloakAdminTimeoutMs,
          config.consoleOrigins,
          {
            host: config.smtpHost,
            port: config.smtpPort,
            from: config.smtpFrom,
            user: config.smtpUser,
            password: config.smtpPassword,
            starttls: config.smtpStarttls,
            ssl: config.smtpSsl,
          },
        ),
    );
    const redis = await connectRedis(config.redisUrl, log);
    const signUpLimiter = new SignUpLimiter(redis, {
      perAddressPerMinute: config.signupsPerMinute,
      perCellPerMinute: config.signupsPerCellPerMinute,
      keyPrefix: config.redisKeyPrefix,
    });
    const directory = new DbDirectory(db);
    const revocations = new DbRevocations(db, config.revocationWindowSeconds * 1000);
    const units = new UnitService(db);
    const staff = new StaffService(db, cells, log, {
      invitationLifespanS: config.invitationLifespanSeconds,
      consoleUrl: config.consoleOrigins[0],
    });
    const policy = new PolicyService(db, clock);
    const operations = new PartnerOperationService(db);
    return {
      resolvers: [
        new SignUpResolver(
          new SignUpService(db, cells, log, signUpLimiter, config.realmsPerCell),
          signUpLimiter,
        ),
        new PropertyResolver(new PropertyService(db), units),
        new UnitResolver(units),
        new StaffResolver(staff),
        new PolicyResolver(policy),
        new MeResolver(staff),
        new PartnerClientResolver(
          new PartnerClientService(db, cells, log, policy, new PartnerUsage(redis, config.redisKeyPrefix)),
          operations,
        ),
        new CompanyKpisResolver(),
      ],
      directory: new CachedDirectory(directory, { hitMs: 60_000, missMs: 1_000, metrics }),
      revocations,
      // The sign-up limiter's connection closes with the other background parts.
      workers: [
        {
          start: () => undefined,
          stop: () =>
            redis.quit().then(
              () => undefined,
              () => undefined,
            ),
        },
      ],
      isPublicOperation: (body) => selectsOnly(body, PUBLIC_FIELDS),
      routes: {
        '/internal/tenants/': directoryRoute(directory, config.internalSecret),
        [REVOCATIONS_PATH]: revocationsRoute(revocations, config.internalSecret),
        '/internal/partner-clients/': partnerClientsRoute(operations, config.internalSecret),
        [SNAPSHOT_ROUTE]: snapshotRoute(config.internalSecret, tenancySnapshots(db)),
      },
    };
  },
};

export type TenancyServer = RunningSubgraph;

export const startTenancy = (config: TenancyConfig, log: Logger, options: RuntimeOptions = {}) =>
  startSubgraph(tenancySubgraph, config, log, options);

/**
 * For the gateway: a partner client's persisted-only mark, and its registered operations by id
 * (`/internal/partner-clients/<tenantId>/<clientId>[/operations/<sha256>]`), signed per client.
 */
function partnerClientsRoute(operations: PartnerOperationService, secret: string) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const [tenantId, rawClient, what, id] = (req.url ?? '')
      .split('?')[0]
      .slice('/internal/partner-clients/'.length)
      .split('/');
    const clientId = decodeURIComponent(rawClient ?? '');
    const signed = req.headers[INTERNAL_HEADER] as string | undefined;
    if (!isUuid(tenantId ?? '') || !verifyInternal(secret, `partner:${tenantId}/${clientId}`, signed))
      return send(res, 403, { error: 'forbidden' });
    if (what === undefined) {
      const info = await operations.clientInfo(tenantId, clientId);
      return info ? send(res, 200, info) : send(res, 404, { error: 'unknown client' });
    }
    if (what !== 'operations' || !/^[0-9a-f]{64}$/.test(id ?? ''))
      return send(res, 404, { error: 'not found' });
    const document = await operations.document(tenantId, clientId, id);
    return document ? send(res, 200, { document }) : send(res, 404, { error: 'unknown operation' });
  };
}

/** Recent revocations of every tenant, for the verifiers of the gateway and the other subgraphs. */
function revocationsRoute(revocations: DbRevocations, secret: string) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (!verifyInternal(secret, REVOCATIONS_SUBJECT, req.headers[INTERNAL_HEADER] as string | undefined))
      return send(res, 403, { error: 'forbidden' });
    return send(res, 200, { revocations: await revocations.list() });
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
