import { createLogger } from '@pm/observability';
import { loadGatewayConfig } from '../src/config';
import { RunningGateway, startGateway } from '../src/gateway';
import { Company, Platform, removeCompanies, signUpCompany, startPlatform } from '@pm/testing/kit';
import { codes, gql } from '@pm/testing';

describe('gateway limits, health and production settings', () => {
  let p: Platform;
  let prod: RunningGateway;
  let prodUrl: string;
  let a: Company;

  beforeAll(async () => {
    p = await startPlatform();
    const secret = loadGatewayConfig().internalSecret;
    prod = await startGateway(
      loadGatewayConfig({
        ...process.env,
        NODE_ENV: 'production',
        INTERNAL_SECRET: secret,
        GATEWAY_PORT: '0',
        SUBGRAPH_TENANCY_URL: p.tenancyUrl,
      }),
      createLogger('test', 'error'),
    );
    prodUrl = prod.http.url;
    a = await signUpCompany(p.gatewayUrl);
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

  it('refuses a query deeper than the limit before planning it', async () => {
    const deep = `{ properties { edges { node { units { edges { node { property { units { edges { node { property { units { edges { node { id } } } } } } } } } } } } } } }`;
    const r = await gql(p.gatewayUrl, deep, {}, a.token);
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
    expect(r.errors![0].message).toMatch(/depth/);
  });

  it('refuses a query whose page sizes multiply past the cost limit', async () => {
    const wide = `{ properties(first: 200) { edges { node { units(first: 200) { edges { node { id building number } } } } } } }`;
    const r = await gql(p.gatewayUrl, wide, {}, a.token);
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
    expect(r.errors![0].message).toMatch(/cost/);
  });

  it('page sizes beyond 200 are refused', async () => {
    const r = await gql(p.gatewayUrl, `{ properties(first: 5000) { totalCount } }`, {}, a.token);
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
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
