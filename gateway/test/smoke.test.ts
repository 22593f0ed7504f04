import { gql } from '@pm/testing';
import {
  Company,
  createProperty,
  Platform,
  removeCompanies,
  signUpCompany,
  startPlatform,
} from '@pm/testing/kit';

describe('smoke', () => {
  let p: Platform;
  let a: Company;
  beforeAll(async () => {
    p = await startPlatform();
    a = await signUpCompany(p.gatewayUrl);
  });
  afterAll(async () => {
    await removeCompanies([a]);
    await p?.stop();
  });

  it('creates and lists a property through the gateway', async () => {
    const id = await createProperty(p.gatewayUrl, a.token);
    const r = await gql(
      p.gatewayUrl,
      `{ properties { totalCount edges { node { id name } } } me { tenantId roles } }`,
      {},
      a.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.properties.edges.map((e: any) => e.node.id)).toEqual([id]);
    expect(r.data.me).toEqual({ tenantId: a.tenantId, roles: ['ADMIN'] });
  });
});
