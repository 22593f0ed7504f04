import { codes, decodeJwt, gql } from '@pm/testing';
import {
  Company,
  createProperty,
  inviteStaff,
  Platform,
  removeCompanies,
  signUpCompany,
  startPlatform,
} from '@pm/testing/kit';

const CREATE = `mutation($i: CreatePartnerClientInput!) { createPartnerClient(input: $i) { clientId secret tokenUrl roles propertyIds } }`;

async function clientToken(tokenUrl: string, clientId: string, secret: string): Promise<string> {
  const res = await fetch(tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: secret,
    }),
  });
  const body = (await res.json()) as any;
  if (!body.access_token) throw new Error(JSON.stringify(body));
  return body.access_token;
}

describe('partner clients (client credentials, roles limit what they read)', () => {
  let p: Platform;
  let a: Company;
  let props: string[];

  beforeAll(async () => {
    p = await startPlatform();
    a = await signUpCompany(p.gatewayUrl);
    props = [
      await createProperty(p.gatewayUrl, a.token, 'P1'),
      await createProperty(p.gatewayUrl, a.token, 'P2'),
    ];
  });
  afterAll(async () => {
    await removeCompanies([a]);
    await p?.stop();
  });

  it('an app scoped to one property reads only it and cannot write', async () => {
    const r = await gql(
      p.gatewayUrl,
      CREATE,
      { i: { name: 'Door access app', roles: ['FRONT_DESK'], propertyIds: [props[0]] } },
      a.token,
    );
    expect(r.errors).toBeUndefined();
    const c = r.data.createPartnerClient;
    expect(c.secret).toBeTruthy();
    const token = await clientToken(c.tokenUrl, c.clientId, c.secret);
    expect(decodeJwt(token).payload.aud).toContain('pm-api');
    const list = await gql(
      p.gatewayUrl,
      `{ properties { edges { node { id } } } me { roles propertyIds staff { id } } }`,
      {},
      token,
    );
    expect(list.data.properties.edges.map((e: any) => e.node.id)).toEqual([props[0]]);
    expect(list.data.me).toEqual({ roles: ['FRONT_DESK'], propertyIds: [props[0]], staff: null });
    expect(
      codes(
        await gql(
          p.gatewayUrl,
          `mutation { createProperty(input: { name: "x", kind: MALL }) { id } }`,
          {},
          token,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('a wrong secret gets no token', async () => {
    const r = await gql(p.gatewayUrl, CREATE, { i: { name: 'HQ dashboard', roles: ['HQ'] } }, a.token);
    const c = r.data.createPartnerClient;
    await expect(clientToken(c.tokenUrl, c.clientId, 'wrong')).rejects.toThrow(
      /unauthorized_client|invalid_client/,
    );
  });

  it('only ADMIN creates apps, and never ADMIN apps', async () => {
    const hq = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['HQ'], []);
    expect(codes(await gql(p.gatewayUrl, CREATE, { i: { name: 'x', roles: ['HQ'] } }, hq.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await gql(p.gatewayUrl, CREATE, { i: { name: 'x', roles: ['ADMIN'] } }, a.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect(
      codes(await gql(p.gatewayUrl, CREATE, { i: { name: 'x', roles: ['FRONT_DESK'] } }, a.token)),
    ).toEqual(['VALIDATION_FAILED']);
  });
});
