import { passwordToken } from '@pm/testing';
import { TokenVerifier } from '../src';
import { Company, Platform, removeCompanies, signUpCompany, startPlatform } from '@pm/testing/kit';

const kcUrl = (process.env.KEYCLOAK_URL ?? 'http://localhost:8080').replace(/\/$/, '');

async function admin(path: string, init: RequestInit = {}): Promise<Response> {
  const t = await fetch(`${kcUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: 'admin',
      password: 'admin',
    }),
  });
  const { access_token } = (await t.json()) as any;
  return fetch(`${kcUrl}/admin/realms${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${access_token}`,
      'content-type': 'application/json',
      ...(init.headers ?? {}),
    },
  });
}

/**
 * Keycloak invalidates its realm cache when a key provider is added; a login landing in that
 * window has been answered "Invalid user credentials" on a loaded machine. The test is about the
 * verifier, so a login is retried a few times before it counts as failed.
 */
async function login(c: Company): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await passwordToken(c.realm, c.adminUsername, c.password);
    } catch (err) {
      if (attempt === 3) throw err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

const kidOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()).kid;

describe('signing keys are refreshed on rotation', () => {
  let p: Platform;
  let a: Company;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    p = await startPlatform();
    a = await signUpCompany(p.gatewayUrl);
    verifier = new TokenVerifier({
      cells: [{ name: 'default', url: kcUrl }],
      directory: {
        byRealm: async (realm) =>
          realm === a.realm ? { tenantId: a.tenantId, realm, cell: 'default' } : undefined,
      },
      keyRefreshMs: 1000,
      minKeyFetchIntervalMs: 0,
      verifiedCacheMs: 500,
    });
  });
  afterAll(async () => {
    verifier?.close();
    await removeCompanies([a]);
    await p?.stop();
  });

  it('accepts tokens of a new key at once and refuses a removed key after the refresh', async () => {
    const oldToken = await login(a);
    expect((await verifier.verify(oldToken)).tenantId).toBe(a.tenantId);

    const realm = (await (await admin(`/${a.realm}`)).json()) as any;
    const before = (await (
      await admin(`/${a.realm}/components?type=org.keycloak.keys.KeyProvider`)
    ).json()) as any[];
    const oldRsa = before.filter((c) => c.providerId === 'rsa-generated');
    const created = await admin(`/${a.realm}/components`, {
      method: 'POST',
      body: JSON.stringify({
        name: 'rotated',
        providerId: 'rsa-generated',
        providerType: 'org.keycloak.keys.KeyProvider',
        parentId: realm.id,
        config: {
          priority: ['500'],
          keySize: ['2048'],
          active: ['true'],
          enabled: ['true'],
          algorithm: ['RS256'],
        },
      }),
    });
    expect(created.status).toBe(201);

    const newToken = await login(a);
    expect(kidOf(newToken)).not.toBe(kidOf(oldToken));
    expect((await verifier.verify(newToken)).tenantId).toBe(a.tenantId);

    for (const c of oldRsa)
      expect((await admin(`/${a.realm}/components/${c.id}`, { method: 'DELETE' })).status).toBe(204);
    await new Promise((r) => setTimeout(r, 2500));
    await expect(verifier.verify(oldToken)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await verifier.verify(newToken)).tenantId).toBe(a.tenantId);
  });
});
