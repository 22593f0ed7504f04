import { createLogger } from '@pm/observability';
import { loadGatewayConfig } from '../src/config';
import { RunningGateway, startGateway } from '../src/gateway';
import {
  Company,
  Platform,
  countRequests,
  removeCompanies,
  signUpCompany,
  startPlatform,
} from '@pm/testing/kit';
import { codes, gql } from '@pm/testing';
import { subgraphUrlVar } from '@pm/contracts';

describe('gateway limits, health and production settings', () => {
  let p: Platform;
  let prod: RunningGateway;
  let prodUrl: string;
  let a: Company;
  let tenancyRequests: () => number;

  beforeAll(async () => {
    p = await startPlatform();
    const dev = loadGatewayConfig();
    prod = await startGateway(
      loadGatewayConfig({
        ...process.env,
        NODE_ENV: 'production',
        INTERNAL_SECRET: dev.internalSecret,
        // Secrets have no default in production.
        DOCUMENT_LINK_SECRET: 'production-document-link-secret',
        GATEWAY_PORT: '0',
        // Production has no local fallback for an address: everything named.
        KEYCLOAK_URL: dev.keycloakUrl,
        REDIS_URL: dev.redisUrl,
        ...Object.fromEntries(Object.entries(dev.subgraphs).map(([n, u]) => [subgraphUrlVar(n), u])),
        SUBGRAPH_TENANCY_URL: p.tenancyUrl,
      }),
      createLogger('test', 'error'),
    );
    prodUrl = prod.http.url;
    a = await signUpCompany(p.gatewayUrl);
    tenancyRequests = countRequests(p.tenancy.http.server, '/graphql');
  });
  afterAll(async () => {
    await removeCompanies([a]);
    await p?.stop();
    await prod?.stop();
  });

  it('health and readiness answer', async () => {
    for (const url of [p.gatewayUrl, p.tenancyUrl]) {
      const base = url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready' });
    }
  });

  describe('operation limits refuse before planning: QUERY_TOO_COMPLEX, no subgraph reached', () => {
    const attack = async (query: string, variables = {}) => {
      const before = tenancyRequests();
      const r = await gql(p.gatewayUrl, query, variables, a.token);
      expect(tenancyRequests()).toBe(before);
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
      return r.errors![0].extensions!;
    };
    const aliases = (n: number, field: string) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

    it('depth', async () => {
      const deep = `{ properties { edges { node { units { edges { node { property { units { edges { node { property { units { edges { node { id } } } } } } } } } } } } } } }`;
      expect(await attack(deep)).toMatchObject({ limit: 'depth', max: 12 });
    });

    it('page sizes that multiply past the cost limit', async () => {
      const wide = `{ properties(first: 200) { edges { node { units(first: 200) { edges { node { id building number } } } } } } }`;
      expect(await attack(wide)).toMatchObject({ limit: 'cost', max: 20_000 });
      expect(
        await attack(`query($n: Int) { properties(first: $n) { edges { node { id } } } }`, { n: 99_999_999 }),
      ).toMatchObject({ limit: 'cost', measured: 26 + 1 + 99_999_999 * 2 });
    });

    it('aliases, __typename ones included, and the 800-alias query', async () => {
      expect(await attack(aliases(31, 'me { userId }'))).toMatchObject({
        limit: 'aliases',
        measured: 31,
        max: 30,
      });
      expect(await attack(aliases(31, '__typename'))).toMatchObject({ limit: 'aliases', measured: 31 });
      expect(await attack(aliases(800, 'properties(first: 1) { totalCount }'))).toMatchObject({
        limit: 'tokens',
      });
      expect(await attack(aliases(10_000, '__typename'))).toMatchObject({ limit: 'tokens', max: 2_000 });
    });

    it('directives', async () => {
      expect(await attack(`{ me ${'@include(if: true) '.repeat(21)} { userId } }`)).toMatchObject({
        limit: 'directives',
        measured: 21,
        max: 20,
      });
    });

    it('the same limits on GET', async () => {
      const before = tenancyRequests();
      const res = await fetch(`${p.gatewayUrl}?query=${encodeURIComponent(aliases(31, '__typename'))}`, {
        headers: { authorization: `Bearer ${a.token}`, 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(tenancyRequests()).toBe(before);
    });
  });

  it('first: 99999999 on a count alone reaches tenancy, which answers its documented maximum as an error', async () => {
    const r = await gql(p.gatewayUrl, `{ properties(first: 99999999) { totalCount } }`, {}, a.token);
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
    expect(r.errors![0].message).toMatch(/between 1 and 200/);
  });

  it('production: no introspection and no field suggestions', async () => {
    const intro = await gql(prodUrl, `{ __schema { types { name } } }`, {}, a.token);
    expect(intro.data?.__schema).toBeUndefined();
    expect(intro.errors?.length).toBeGreaterThan(0);
    const typo = await gql(prodUrl, `{ propertys { totalCount } }`, {}, a.token);
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const dev = await gql(p.gatewayUrl, `{ propertys { totalCount } }`, {}, a.token);
    expect(JSON.stringify(dev.errors)).toMatch(/Did you mean/);
  });

  it('a malformed id answers null like any unknown id', async () => {
    const r = await gql(p.gatewayUrl, `{ property(id: "not-a-uuid") { id } }`, {}, a.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.property).toBeNull();
  });
});
