import { randomBytes } from 'crypto';
import { createServer } from 'net';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { createLogger } from '@pm/observability';
import { subgraphUrlVar } from '@pm/contracts';
import { RunningSubgraph, startSubgraph } from '@pm/runtime';
import { loadGatewayConfig } from '../../../../gateway/src/config';
import { RunningGateway, startGateway } from '../../../../gateway/src/gateway';
import { testClock } from '../clock';
import { SubgraphStarter, definitionOf } from './starters';

export interface Platform {
  gatewayUrl: string;
  tenancyUrl: string;
  subgraphUrls: Record<string, string>;
  tenancy: RunningSubgraph;
  gateway: RunningGateway;
  stop(): Promise<void>;
}

/** A port free now: the gateway starts last, and subgraphs that call it must know its URL first. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Tenancy, any other subgraphs given and the gateway in this process, on free ports, against
 * the real PostgreSQL, NATS and Keycloak; the supergraph is composed from their live SDL.
 */
export async function startPlatform(
  env: Record<string, string> = {},
  extra: SubgraphStarter[] = [],
): Promise<Platform> {
  const log = createLogger('test', (process.env.TEST_LOG_LEVEL as 'error') ?? 'error');
  const gatewayPort = env.GATEWAY_PORT ?? String(await freePort());
  // Each platform counts its quotas and limits under keys of its own in the shared Redis, unless a
  // test gives two platforms the same prefix to see them share.
  const baseEnv = {
    ...process.env,
    SIGNUP_RATE_PER_MINUTE: '1000',
    SIGNUP_RATE_PER_CELL_PER_MINUTE: '1000',
    // Every test client is 127.0.0.1, and suites send refused operations on purpose.
    QUOTA_REFUSALS_PER_ADDRESS: '100000',
    REDIS_KEY_PREFIX: `pm-test:${randomBytes(4).toString('hex')}:`,
    GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
    ...env,
  };
  const tenancyDef = definitionOf('tenancy');
  const tenancy = await startSubgraph(tenancyDef, tenancyDef.loadConfig({ ...baseEnv, PORT: '0' }), log, {
    clock: testClock,
  });
  const others: ({ name: string } & Awaited<ReturnType<SubgraphStarter['start']>>)[] = [];
  // A subgraph started later learns the URLs of those before it. Customers starts first: the
  // others' new consumers bootstrap from its snapshot of who lives where, and billing and tickets
  // ask it for the names they print. Without customers, their snapshot reader asks tenancy, which
  // owns no occupancies (404: nothing to start from), rather than wait for a customers never
  // started or read another platform's on the default port.
  const ordered = [
    ...extra.filter((s) => s.name === 'customers'),
    ...extra.filter((s) => s.name !== 'customers'),
  ];
  for (const s of ordered) {
    const before = Object.fromEntries(others.map((o) => [subgraphUrlVar(o.name), o.url]));
    others.push({
      name: s.name,
      ...(await s.start(
        {
          ...baseEnv,
          SUBGRAPH_CUSTOMERS_URL: tenancy.http.url,
          ...before,
          PORT: '0',
          SUBGRAPH_TENANCY_URL: tenancy.http.url,
        },
        log,
      )),
    });
  }
  const composed = composeServices([
    { name: 'tenancy', url: tenancy.http.url, typeDefs: parse((await tenancyDef.buildSchema()).sdl) },
    ...others.map((o) => ({ name: o.name, url: o.url, typeDefs: parse(o.sdl) })),
  ]);
  if (composed.errors?.length)
    throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
  const urls = Object.fromEntries(others.map((o) => [subgraphUrlVar(o.name), o.url]));
  const gateway = await startGateway(
    loadGatewayConfig({
      ...baseEnv,
      ...urls,
      GATEWAY_PORT: gatewayPort,
      SUBGRAPH_TENANCY_URL: tenancy.http.url,
    }),
    log,
    composed.supergraphSdl,
    { now: () => testClock.now() },
  );
  return {
    gatewayUrl: gateway.http.url,
    tenancyUrl: tenancy.http.url,
    subgraphUrls: Object.fromEntries(others.map((o) => [o.name, o.url])),
    tenancy,
    gateway,
    async stop() {
      await gateway.stop();
      for (const o of others.reverse()) await o.stop();
      await tenancy.stop();
    },
  };
}
