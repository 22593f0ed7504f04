import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { codes, gql } from '@pm/testing';
import {
  Company,
  createProperty,
  inviteStaff,
  Platform,
  quiet,
  removeCompanies,
  signUpCompany,
  startPlatform,
} from '@pm/testing/kit';

const LIST = `query($p: ID!, $r: StaffRole) { staffMembers(propertyId: $p, role: $r) { id name roles propertyIds } }`;

/** staffMembers: the people of one site for pickers such as dispatch; site scope and tenant hold. */
describe('staffMembers through the gateway', () => {
  let p: Platform;
  let a: Company;
  let b: Company;
  let X: string;
  let Y: string;
  const ids: Record<string, string> = {};
  let supervisorX: string;
  let supervisorY: string;
  let techToken: string;

  beforeAll(async () => {
    p = await startPlatform();
    [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
    X = await createProperty(p.gatewayUrl, a.token, 'X Garden');
    Y = await createProperty(p.gatewayUrl, a.token, 'Y Tower');
    const invite = (roles: string[], props: string[]) =>
      inviteStaff(p.gatewayUrl, a.token, a.slug, roles, props);
    const [t1, t2, sup, supY, hq, bothSites] = await Promise.all([
      invite(['TECHNICIAN'], [X]),
      invite(['TECHNICIAN'], [Y]),
      invite(['ENGINEERING_SUPERVISOR'], [X]),
      invite(['ENGINEERING_SUPERVISOR'], [Y]),
      invite(['HQ'], []),
      invite(['TECHNICIAN', 'SECURITY'], [X, Y]),
    ]);
    Object.assign(ids, { t1: t1.id, t2: t2.id, sup: sup.id, supY: supY.id, hq: hq.id, both: bothSites.id });
    supervisorX = sup.token;
    supervisorY = supY.token;
    techToken = t1.token;
  }, 120_000);

  afterAll(async () => {
    await removeCompanies([a, b]);
    await p?.stop();
  });

  const list = async (token: string, propertyId: string, role?: string) => {
    const r = await gql(p.gatewayUrl, LIST, { p: propertyId, r: role }, token);
    return r;
  };
  const idsOf = (r: { data?: { staffMembers: { id: string }[] } }) =>
    r.data!.staffMembers.map((s) => s.id).sort();

  it('lists the site’s people, optionally of one role; company-wide roles are not site staff', async () => {
    const all = await list(supervisorX, X);
    expect(all.errors).toBeUndefined();
    expect(idsOf(all)).toEqual([ids.t1, ids.sup, ids.both].sort());
    const techs = await list(supervisorX, X, 'TECHNICIAN');
    expect(idsOf(techs)).toEqual([ids.t1, ids.both].sort());
    expect(idsOf(await list(a.token, Y, 'TECHNICIAN'))).toEqual([ids.t2, ids.both].sort());
    expect(idsOf(await list(a.token, Y, 'FINANCE'))).toEqual([]);
  });

  it('site scope: a supervisor of Y cannot list X (NOT_FOUND); a technician may not list at all', async () => {
    expect(codes(await list(supervisorY, X))).toEqual(['NOT_FOUND']);
    expect(codes(await list(techToken, X))).toEqual(['FORBIDDEN']);
  });

  it('cross-tenant: company B asking for A’s property gets nothing of A', async () => {
    const r = await list(b.token, X);
    expect(r.errors).toBeUndefined();
    expect(r.data.staffMembers).toEqual([]);
    // A malformed id names nothing (the platform's id guard).
    expect(codes(await list(a.token, 'nope'))).toEqual(['NOT_FOUND']);
  });

  it('properties: totalCount is what the caller sees on every page; a first page holding all needs no count statement', async () => {
    const PAGE = `query($n: Int!, $after: String) { properties(first: $n, after: $after) {
      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const page = async (token: string, n: number, after?: string) => {
      const r = await gql(p.gatewayUrl, PAGE, { n, after }, token);
      expect(r.errors).toBeUndefined();
      return r.data.properties;
    };
    const first = await page(a.token, 1);
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await page(a.token, 1, first.pageInfo.endCursor);
    expect(second).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
    expect([first.edges[0].node.id, second.edges[0].node.id].sort()).toEqual([X, Y].sort());
    expect((await page(a.token, 50)).totalCount).toBe(2);
    expect((await page(supervisorX, 50)).totalCount).toBe(1);
    expect((await page(supervisorX, 1)).totalCount).toBe(1);
    expect((await page(b.token, 50)).totalCount).toBe(0);

    const execute = jest.spyOn(PostgreSqlConnection.prototype, 'execute');
    try {
      const statements = async (query: string) => {
        await quiet(execute, 'tenancy');
        const r = await gql(p.gatewayUrl, query, {}, a.token);
        expect(r.errors).toBeUndefined();
        // The transaction's tenant setting and the pollers' statements (jobs, relay, revocation
        // list) are not the request's.
        return execute.mock.calls
          .filter((_, i) => /tenancy/.test((execute.mock.contexts[i] as any).config.get('dbName')))
          .map((c) => String(c[0]))
          .filter((q) => !/set_config|scheduled_jobs|skip locked|outbox|inbox|recent_revocations/.test(q))
          .length;
      };
      expect(await statements('{ properties(first: 50) { totalCount edges { node { id } } } }')).toBe(1);
      expect(await statements('{ properties(first: 1) { edges { node { id } } } }')).toBe(1);
      expect(await statements('{ properties(first: 1) { totalCount edges { node { id } } } }')).toBe(2);
    } finally {
      execute.mockRestore();
    }
  });
});
