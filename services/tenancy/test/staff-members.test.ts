import { codes, gql } from '@pm/testing';
import {
  Company,
  createProperty,
  inviteStaff,
  Platform,
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
});
