import { stalledServer } from '@pm/testing';
import { DependencyTimeoutError, HttpDirectory, TokenVerifier } from '../src';

const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('outbound calls of the verifier have deadlines', () => {
  let stalled: Awaited<ReturnType<typeof stalledServer>>;
  beforeAll(async () => (stalled = await stalledServer()));
  afterAll(() => stalled.close());

  it('a JWKS read that hangs fails as a timeout, not a hung request', async () => {
    const verifier = new TokenVerifier({
      cells: [{ name: 'default', url: stalled.url }],
      directory: { byRealm: async (realm) => ({ tenantId: 't', realm, cell: 'default' }) },
      jwksTimeoutMs: 200,
    });
    const token = `${part({ alg: 'RS256', kid: 'k1' })}.${part({
      iss: `${stalled.url}/realms/pm-acme`,
      exp: Math.floor(Date.now() / 1000) + 300,
      aud: 'pm-api',
    })}.c2lnbmF0dXJl`;
    const t0 = Date.now();
    const err = await verifier.verify(token).catch((e) => e);
    verifier.close();
    expect(err).toBeInstanceOf(DependencyTimeoutError);
    expect(err.dependency).toBe('keycloak jwks');
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it('a tenant directory that hangs fails as a timeout', async () => {
    const t0 = Date.now();
    const err = await new HttpDirectory(stalled.url, 'secret', 200).byRealm('pm-acme').catch((e) => e);
    expect(err).toBeInstanceOf(DependencyTimeoutError);
    expect(err.message).toMatch(/tenant directory did not answer within 200 ms/);
    expect(Date.now() - t0).toBeLessThan(2_000);
  });
});
