import { createHmac } from 'crypto';
import { codes, decodeJwt, encodeJwt, gql, passwordToken } from '@pm/testing';
import { Company, Platform, removeCompanies, signUpCompany, startPlatform } from '@pm/testing/kit';

const LIST = `{ properties { totalCount } }`;
const kcUrl = process.env.KEYCLOAK_URL ?? 'http://localhost:8080';

async function adminToken(): Promise<string> {
  const res = await fetch(`${kcUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: 'admin',
      password: 'admin',
    }),
  });
  return ((await res.json()) as any).access_token;
}

async function expectRejected(p: Platform, token: string, code = 'UNAUTHENTICATED') {
  const r = await gql(p.gatewayUrl, LIST, {}, token);
  expect(codes(r)).toEqual([code]);
  expect(r.data).toBeUndefined();
  expect(r.status).toBe(401);
}

describe('forged and stale tokens are rejected', () => {
  let p: Platform;
  let a: Company;
  let b: Company;

  beforeAll(async () => {
    p = await startPlatform();
    [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
  });
  afterAll(async () => {
    await removeCompanies([a, b]);
    await p?.stop();
  });

  it('a real token works', async () => {
    expect((await gql(p.gatewayUrl, LIST, {}, a.token)).errors).toBeUndefined();
  });

  it('no token → UNAUTHENTICATED', async () => {
    const r = await gql(p.gatewayUrl, LIST);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it('wrong signature: payload edited to another role', async () => {
    const t = decodeJwt(a.token);
    await expectRejected(
      p,
      encodeJwt(
        t.header,
        { ...t.payload, realm_access: { roles: ['ADMIN', 'HQ'] }, property_ids: [] },
        t.signature,
      ),
    );
  });

  it("another realm's valid token replayed with an edited iss", async () => {
    const t = decodeJwt(a.token);
    await expectRejected(
      p,
      encodeJwt(t.header, { ...t.payload, iss: `${kcUrl}/realms/${b.realm}` }, t.signature),
    );
  });

  it('alg: none', async () => {
    const t = decodeJwt(a.token);
    await expectRejected(p, encodeJwt({ alg: 'none', typ: 'JWT' }, t.payload, ''));
  });

  it('HS256 signed with a guessable secret', async () => {
    const t = decodeJwt(a.token);
    const header = { ...t.header, alg: 'HS256' };
    const unsigned = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(t.payload)).toString('base64url')}`;
    await expectRejected(
      p,
      `${unsigned}.${createHmac('sha256', 'secret').update(unsigned).digest('base64url')}`,
    );
  });

  it('a realm that is not a tenant (master) and an unknown realm', async () => {
    const t = decodeJwt(a.token);
    await expectRejected(p, await adminToken());
    await expectRejected(
      p,
      encodeJwt(t.header, { ...t.payload, iss: `${kcUrl}/realms/pm-no-such-company` }, t.signature),
    );
  });

  it('expired token', async () => {
    const headers = { authorization: `Bearer ${await adminToken()}`, 'content-type': 'application/json' };
    await fetch(`${kcUrl}/admin/realms/${a.realm}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ accessTokenLifespan: 3 }),
    });
    try {
      const short = await passwordToken(a.realm, a.adminUsername, a.password);
      expect(decodeJwt(short).payload.exp - decodeJwt(short).payload.iat).toBeLessThanOrEqual(3);
      // Accepted while valid (and so cached), refused once expired: the cache honours `exp`.
      expect(codes(await gql(p.gatewayUrl, LIST, {}, short))).toEqual([]);
      await new Promise((r) => setTimeout(r, 4500));
      await expectRejected(p, short);
    } finally {
      await fetch(`${kcUrl}/admin/realms/${a.realm}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ accessTokenLifespan: 900 }),
      });
    }
  });

  it('garbage in the Authorization header', async () => {
    await expectRejected(p, 'not-a-jwt');
  });
});
