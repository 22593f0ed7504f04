import { codes, gql, stalledServer } from '@pm/testing';
import {
  Company,
  Platform,
  countRequests,
  createProperty,
  removeCompanies,
  signUpCompany,
  startPlatform,
} from '@pm/testing/kit';
import { randomBytes } from 'crypto';
import { GatewayProcess, startGatewayProcess } from './gateway-process';

const ME = `{ me { userId } }`; // cost 27
const PAGE = `{ properties(first: 50) { edges { node { id name } } } }`; // cost 177
const JOIN = `{ properties(first: 1) { edges { node { id staffKpis(period: "2026-11") { checksDone } } } } }`;

async function raw(url: string, query: string, token: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
}

describe('quotas are shared by two gateway processes through one Redis', () => {
  let p: Platform;
  let gw: GatewayProcess[] = [];
  let rate: Company;
  let budget: Company;
  let flight: Company;
  let other: Company;
  let stalled: Awaited<ReturnType<typeof stalledServer>>;
  let tenancyRequests: () => number;

  beforeAll(async () => {
    p = await startPlatform();
    [rate, budget, flight, other] = await Promise.all([0, 1, 2, 3].map(() => signUpCompany(p.gatewayUrl)));
    await createProperty(p.gatewayUrl, flight.token);
    stalled = await stalledServer();
    const env = {
      SUBGRAPH_TENANCY_URL: p.tenancyUrl,
      SUBGRAPH_APPRAISAL_URL: `${stalled.url}/graphql`,
      SUBGRAPH_TIMEOUT_MS: '2500',
      REDIS_KEY_PREFIX: `pm-test:${randomBytes(4).toString('hex')}:`,
      QUOTA_TENANT_REQUESTS: '8',
      QUOTA_USER_COST: '300',
      QUOTA_TENANT_IN_FLIGHT: '2',
    };
    gw = await Promise.all([startGatewayProcess(env), startGatewayProcess(env)]);
    tenancyRequests = countRequests(p.tenancy.http.server, '/graphql');
  });
  afterAll(async () => {
    await Promise.all(gw.map((g) => g.stop()));
    await stalled?.close();
    await removeCompanies([rate, budget, flight, other]);
    await p?.stop();
  });

  it('a tenant’s request rate counts across both replicas; RATE_LIMITED carries Retry-After', async () => {
    for (let i = 0; i < 8; i++) expect(codes(await gql(gw[i % 2].url, ME, {}, rate.token))).toEqual([]);
    for (const g of gw) {
      const before = tenancyRequests();
      const r = await raw(g.url, ME, rate.token);
      expect(r.status).toBe(429);
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(r.body.errors[0].extensions).toMatchObject({
        code: 'RATE_LIMITED',
        quota: 'tenant requests',
        max: 8,
        windowS: 60,
        retryAfterS: Number(r.retryAfter),
      });
      expect(tenancyRequests()).toBe(before);
    }
    // Another company is untouched.
    expect(codes(await gql(gw[0].url, ME, {}, other.token))).toEqual([]);
  });

  it('a user’s cost budget counts the cost of each operation, across replicas', async () => {
    expect(codes(await gql(gw[0].url, PAGE, {}, budget.token))).toEqual([]);
    const before = tenancyRequests();
    const r = await raw(gw[1].url, PAGE, budget.token);
    expect(r.status).toBe(429);
    expect(r.body.errors[0].extensions).toMatchObject({ quota: 'user cost', max: 300, measured: 354 });
    expect(tenancyRequests()).toBe(before);
    // Refused operations count too (rate-limiter-flexible): hammering on does not refill the budget.
    expect((await raw(gw[0].url, ME, budget.token)).status).toBe(429);
  });

  it('a tenant’s operations in flight are capped across replicas and freed when they end', async () => {
    const hanging = [raw(gw[0].url, JOIN, flight.token), raw(gw[1].url, JOIN, flight.token)];
    await new Promise((r) => setTimeout(r, 400));
    const t0 = Date.now();
    const refused = await raw(gw[1].url, ME, flight.token);
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toMatchObject({ quota: 'tenant in flight', max: 2 });
    expect(codes(await gql(gw[0].url, ME, {}, other.token))).toEqual([]);
    for (const h of await Promise.all(hanging))
      expect(h.body.errors.map((e: any) => e.extensions.code)).toContain('TIMEOUT');
    expect(codes(await gql(gw[0].url, ME, {}, flight.token))).toEqual([]);
  });
});

describe('refused operations are limited per client address before any quota', () => {
  let p: Platform;
  let gw: GatewayProcess;
  let a: Company;
  let tenancyRequests: () => number;
  const TOO_MANY_ALIASES = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { userId }`).join(' ')} }`;

  beforeAll(async () => {
    p = await startPlatform();
    a = await signUpCompany(p.gatewayUrl);
    gw = await startGatewayProcess({
      SUBGRAPH_TENANCY_URL: p.tenancyUrl,
      REDIS_KEY_PREFIX: `pm-test:${randomBytes(4).toString('hex')}:`,
      TRUSTED_PROXIES: 'loopback',
      QUOTA_REFUSALS_PER_ADDRESS: '5',
    });
    tenancyRequests = countRequests(p.tenancy.http.server, '/graphql');
  });
  afterAll(async () => {
    await gw?.stop();
    await removeCompanies([a]);
    await p?.stop();
  });

  const from = async (address: string, query: string, token: string) => {
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-forwarded-for': address,
      },
      body: JSON.stringify({ query }),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as any,
    };
  };

  it('after 5 refusals an address is answered RATE_LIMITED unread, even for a valid operation; other addresses are not', async () => {
    const before = tenancyRequests();
    const attacker = '203.0.113.9';
    const refused = [
      await from(attacker, TOO_MANY_ALIASES, a.token),
      await from(attacker, ME, `${a.token}x`),
      await from(attacker, ME, 'not.a.jwt'),
      await from(attacker, TOO_MANY_ALIASES, a.token),
      await from(attacker, ME, 'forged'),
    ];
    expect(refused.map((r) => r.body.errors[0].extensions.code)).toEqual([
      'QUERY_TOO_COMPLEX',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'QUERY_TOO_COMPLEX',
      'UNAUTHENTICATED',
    ]);
    const blocked = await from(attacker, ME, a.token);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.retryAfter)).toBeGreaterThan(0);
    expect(blocked.body.errors[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      quota: 'refusals',
      limit: 5,
    });
    // Unread: a body that is not even JSON gets the same answer (it would be a 400 if parsed).
    const garbage = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': attacker },
      body: '{ not json',
    });
    expect(garbage.status).toBe(429);
    expect(((await garbage.json()) as any).errors[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      quota: 'refusals',
    });
    expect(refused.map((r) => r.status)).toEqual([400, 401, 401, 400, 401]);
    expect(tenancyRequests()).toBe(before);
    const neighbour = await from('198.51.100.20', ME, a.token);
    expect(neighbour.body.errors).toBeUndefined();
  });
});
