import { codes, decodeJwt, encodeJwt, gql, stalledServer } from '@pm/testing';
import {
  Company,
  Platform,
  SubgraphStarter,
  countRequests,
  createProperty,
  removeCompanies,
  signUpCompany,
  startPlatform,
} from '@pm/testing/kit';
import { randomBytes } from 'crypto';
import { buildAppraisalSchema } from '../../services/appraisal/src/schema';

const LIST = `{ properties(first: 1) { totalCount } }`;
const kcUrl = (process.env.KEYCLOAK_URL ?? 'http://localhost:8080').replace(/\/$/, '');

/** Appraisal's SDL in the supergraph, but its address is a server that never answers. */
function stalledAppraisal(): SubgraphStarter & { server?: Awaited<ReturnType<typeof stalledServer>> } {
  const s: SubgraphStarter & { server?: Awaited<ReturnType<typeof stalledServer>> } = {
    name: 'appraisal',
    start: async () => {
      s.server = await stalledServer();
      return {
        url: `${s.server.url}/graphql`,
        sdl: (await buildAppraisalSchema()).sdl,
        stop: s.server.close,
      };
    },
  };
  return s;
}

describe('verifier hardening and deadlines, through the gateway', () => {
  let p: Platform;
  let setup: Platform;
  let a: Company;
  const appraisal = stalledAppraisal();
  let tenancyRequests: () => number;
  let directoryLookups: () => number;

  beforeAll(async () => {
    // Sign-up creates a Keycloak realm (seconds): done through a gateway with the default deadline.
    setup = await startPlatform();
    a = await signUpCompany(setup.gatewayUrl);
    await createProperty(setup.gatewayUrl, a.token);
    p = await startPlatform({ SUBGRAPH_TIMEOUT_MS: '400' }, [appraisal]);
    tenancyRequests = countRequests(p.tenancy.http.server, '/graphql');
    directoryLookups = countRequests(p.tenancy.http.server, '/internal/tenants/');
  });
  afterAll(async () => {
    await removeCompanies([a]);
    await p?.stop();
    await setup?.stop();
  });

  it('token + ".junk" does not verify, and nothing is looked up or forwarded', async () => {
    expect(codes(await gql(p.gatewayUrl, LIST, {}, a.token))).toEqual([]);
    const [before, lookups] = [tenancyRequests(), directoryLookups()];
    for (const junk of [`${a.token}.junk`, `${a.token}.`, `${a.token}==`, `x.${a.token}`]) {
      const r = await gql(p.gatewayUrl, LIST, {}, junk);
      expect(r.status).toBe(401);
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    }
    expect(tenancyRequests()).toBe(before);
    expect(directoryLookups()).toBe(lookups);
  });

  it('a flood of unsigned tokens with random issuers is refused and barely reaches the directory', async () => {
    const t = decodeJwt(a.token);
    const [before, lookups] = [tenancyRequests(), directoryLookups()];
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 400 }, async () => {
        const iss = `${kcUrl}/realms/pm-${randomBytes(6).toString('hex')}`;
        const r = await gql(p.gatewayUrl, LIST, {}, encodeJwt(t.header, { ...t.payload, iss }, t.signature));
        return codes(r)[0];
      }),
    );
    const seconds = Math.ceil((Date.now() - started) / 1000) + 1;
    expect(answers.every((c) => c === 'UNAUTHENTICATED' || c === 'RATE_LIMITED')).toBe(true);
    // The gateway's directory cache looks up at most 50 unknown realms per second.
    expect(directoryLookups() - lookups).toBeLessThanOrEqual(50 * seconds);
    expect(tenancyRequests()).toBe(before);
  });

  it('a subgraph that hangs answers TIMEOUT naming it, within its deadline', async () => {
    const t0 = Date.now();
    const r = await gql(
      p.gatewayUrl,
      `{ properties(first: 1) { edges { node { id staffKpis(period: "2026-11") { checksDone } } } } }`,
      {},
      a.token,
    );
    expect(Date.now() - t0).toBeLessThan(3_000);
    expect(codes(r)).toContain('TIMEOUT');
    expect(JSON.stringify(r.errors)).toMatch(/subgraph appraisal did not answer within 400 ms/);
    expect(appraisal.server!.requests()).toBeGreaterThan(0);
  });
});
