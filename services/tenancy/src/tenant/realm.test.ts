import { renderRealm } from './keycloak-admin';

const seed = {
  realm: 'pm-acme',
  tenantId: '00000000-0000-4000-8000-000000000001',
  displayName: 'Acme 物业',
  adminEmail: 'admin@acme.test',
  adminPassword: 'x',
};
const consoleClient = (realm: Record<string, unknown>) =>
  (
    realm.clients as { clientId: string; redirectUris: string[]; webOrigins: string[]; attributes: object }[]
  ).find((c) => c.clientId === 'pm-console')!;

describe('realm template', () => {
  it('lets the staff console’s origins sign in and fetch tokens from the browser', () => {
    const c = consoleClient(renderRealm(seed, ['https://console.acme.test']));
    expect(c.redirectUris).toContain('https://console.acme.test/*');
    expect(c.webOrigins).toEqual(['+', 'https://console.acme.test']);
    expect(c.webOrigins).not.toContain('*');
  });

  it('requires PKCE (S256) of the public console client', () => {
    expect(consoleClient(renderRealm(seed)).attributes).toMatchObject({
      'pkce.code.challenge.method': 'S256',
    });
  });
});
