import { PartnerScope } from '@pm/contracts';
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
import { RunningSubgraph, RuntimeOptions, SubgraphDefinition, startSubgraph } from '@pm/runtime';
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
  async compose({ config, log, db, clock }) {
    const cells = config.keycloakCells.map(
      (c) =>
        new KeycloakAdmin(
          c,
          config.keycloakAdminUser,
          config.keycloakAdminPassword,
          config.keycloakAdminTimeoutMs,
          config.consoleOrigins,
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
    const staff = new StaffService(db, cells, log);
    const policy = new PolicyService(db, clock);
    return {
      resolvers: [
        new SignUpResolver(new SignUpService(db, cells, log, signUpLimiter), signUpLimiter),
        new PropertyResolver(new PropertyService(db), units),
        new UnitResolver(units),
        new StaffResolver(staff),
        new PolicyResolver(policy),
        new MeResolver(staff),
        new PartnerClientResolver(
          new PartnerClientService(db, cells, log, policy, new PartnerUsage(redis, config.redisKeyPrefix)),
        ),
        new CompanyKpisResolver(),
      ],
      directory: new CachedDirectory(directory, { hitMs: 60_000, missMs: 1_000 }),
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
      },
    };
  },
};

export type TenancyServer = RunningSubgraph;

export const startTenancy = (config: TenancyConfig, log: Logger, options: RuntimeOptions = {}) =>
  startSubgraph(tenancySubgraph, config, log, options);

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
