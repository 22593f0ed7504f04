import {
  Company,
  createProperty,
  inviteStaff,
  Platform,
  removeCompanies,
  signInternalForTest,
  signUpCompany,
  startPlatform,
} from '@pm/testing/kit';
import { codes, gql } from '@pm/testing';

const PROPERTY = `query($id: ID!) { property(id: $id) { id name } }`;
const LIST = `{ properties { totalCount edges { node { id } } } }`;

describe('tenant isolation through the gateway', () => {
  let p: Platform;
  let a: Company;
  let b: Company;
  let aProps: string[];
  let bProp: string;

  beforeAll(async () => {
    p = await startPlatform();
    [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
    aProps = [
      await createProperty(p.gatewayUrl, a.token, 'A One'),
      await createProperty(p.gatewayUrl, a.token, 'A Two'),
    ];
    bProp = await createProperty(p.gatewayUrl, b.token, 'B One');
  });
  afterAll(async () => {
    await removeCompanies([a, b]);
    await p?.stop();
  });

  it('each company sees only its own properties', async () => {
    const ra = await gql(p.gatewayUrl, LIST, {}, a.token);
    const rb = await gql(p.gatewayUrl, LIST, {}, b.token);
    expect(ra.data.properties.edges.map((e: any) => e.node.id).sort()).toEqual([...aProps].sort());
    expect(ra.data.properties.totalCount).toBe(2);
    expect(rb.data.properties.edges.map((e: any) => e.node.id)).toEqual([bProp]);
  });

  it("A's token asking for B's property by id gets null", async () => {
    const r = await gql(p.gatewayUrl, PROPERTY, { id: bProp }, a.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.property).toBeNull();
  });

  it("A cannot create a unit in B's property (NOT_FOUND, nothing written)", async () => {
    const r = await gql(
      p.gatewayUrl,
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
      { i: { propertyId: bProp, building: 'X', number: '1', areaSqm: 50, kind: 'APARTMENT' } },
      a.token,
    );
    expect(codes(r)).toEqual(['NOT_FOUND']);
    const units = await gql(
      p.gatewayUrl,
      `query($id: ID!) { property(id: $id) { units { totalCount } } }`,
      { id: bProp },
      b.token,
    );
    expect(units.data.property.units.totalCount).toBe(0);
  });

  it("A cannot set a policy on B's property", async () => {
    const r = await gql(
      p.gatewayUrl,
      `mutation($i: SetPolicyInput!) { setPolicy(input: $i) { propertyId } }`,
      { i: { key: 'billing.dueDay', value: 10, propertyId: bProp } },
      a.token,
    );
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });

  it('client-sent identity headers are ignored: the tenant comes from the token', async () => {
    const r = await gql(p.gatewayUrl, LIST, {}, a.token, {
      'x-tenant-id': b.tenantId,
      'x-pm-tenant-id': b.tenantId,
      'x-user-roles': 'ADMIN',
    });
    expect(r.data.properties.edges.map((e: any) => e.node.id).sort()).toEqual([...aProps].sort());
  });

  it('tenant ids in input are not accepted', async () => {
    const r = await gql(
      p.gatewayUrl,
      `mutation { createProperty(input: { name: "x", kind: OFFICE, tenantId: "${b.tenantId}" }) { id } }`,
      {},
      a.token,
    );
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
    const rb = await gql(p.gatewayUrl, LIST, {}, b.token);
    expect(rb.data.properties.totalCount).toBe(1);
  });

  it("_entities for B's Property with A's token resolves to null", async () => {
    const r = await gql(p.gatewayUrl, `{ me { tenantId } }`, {}, a.token);
    expect(r.data.me.tenantId).toBe(a.tenantId);
    const direct = await fetch(p.tenancyUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${a.token}`,
        'x-pm-internal': signInternalForTest(`Bearer ${a.token}`),
      },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Property { id name } } }`,
        variables: {
          r: [
            { __typename: 'Property', id: bProp },
            { __typename: 'Property', id: aProps[0] },
          ],
        },
      }),
    }).then((res) => res.json() as Promise<any>);
    expect(direct.data._entities).toEqual([null, { id: aProps[0], name: 'A One' }]);
  });

  it('subgraphs refuse calls that did not come through the gateway', async () => {
    const res = await fetch(p.tenancyUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Property { id } } }`,
        variables: { r: [{ __typename: 'Property', id: aProps[0] }] },
      }),
    });
    const body = (await res.json()) as any;
    expect(res.status).toBe(403);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body.data).toBeUndefined();
  });

  describe('property scope inside a company', () => {
    it('site staff see their own property only; HQ sees all', async () => {
      const tech = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['TECHNICIAN'], [aProps[0]]);
      const hq = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['HQ'], []);
      const rt = await gql(p.gatewayUrl, LIST, {}, tech.token);
      expect(rt.data.properties.edges.map((e: any) => e.node.id)).toEqual([aProps[0]]);
      expect((await gql(p.gatewayUrl, PROPERTY, { id: aProps[1] }, tech.token)).data.property).toBeNull();
      const rh = await gql(p.gatewayUrl, LIST, {}, hq.token);
      expect(rh.data.properties.totalCount).toBe(2);
    });

    it('roles are enforced: a technician cannot create properties or invite staff', async () => {
      const tech = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['TECHNICIAN'], [aProps[0]]);
      const r1 = await gql(
        p.gatewayUrl,
        `mutation { createProperty(input: { name: "x", kind: OFFICE }) { id } }`,
        {},
        tech.token,
      );
      expect(codes(r1)).toEqual(['FORBIDDEN']);
      const r2 = await gql(
        p.gatewayUrl,
        `mutation { inviteStaff(input: { email: "x@y.test", name: "X", roles: [ADMIN] }) { id } }`,
        {},
        tech.token,
      );
      expect(codes(r2)).toEqual(['FORBIDDEN']);
      expect((await gql(p.gatewayUrl, LIST, {}, a.token)).data.properties.totalCount).toBe(2);
    });

    it('a site manager cannot invite to another property or grant HQ', async () => {
      const mgr = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['SITE_MANAGER'], [aProps[0]]);
      const other = await gql(
        p.gatewayUrl,
        `mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { id } }`,
        { i: { email: 'fd1@x.test', name: 'FD', roles: ['FRONT_DESK'], propertyIds: [aProps[1]] } },
        mgr.token,
      );
      expect(codes(other)).toEqual(['FORBIDDEN']);
      const hq = await gql(
        p.gatewayUrl,
        `mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { id } }`,
        { i: { email: 'hq2@x.test', name: 'HQ', roles: ['HQ'] } },
        mgr.token,
      );
      expect(codes(hq)).toEqual(['FORBIDDEN']);
    });
  });
});
