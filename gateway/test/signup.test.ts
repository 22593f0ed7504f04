import { codes, gql, realmExists, testDatabaseUrl } from '@pm/testing';
import { Client } from 'pg';
import {
  Company,
  PASSWORD,
  Platform,
  removeCompanies,
  signUpCompany,
  startPlatform,
  uniqueSlug,
} from '@pm/testing/kit';

const SIGN_UP = `mutation($i: SignUpInput!) { signUpPropertyCompany(input: $i) { tenantId realm adminUsername } }`;

async function tenantRows(slug: string): Promise<number> {
  const c = new Client({ connectionString: testDatabaseUrl('tenancy') });
  await c.connect();
  try {
    return (await c.query('select 1 from tenants where slug = $1', [slug])).rowCount ?? 0;
  } finally {
    await c.end();
  }
}

describe('signUpPropertyCompany', () => {
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

  it('creates the tenant row, the realm and an admin who can log in', async () => {
    expect(a.realm).toBe(`pm-${a.slug}`);
    expect(await realmExists(a.realm)).toBe(true);
    expect(await tenantRows(a.slug)).toBe(1);
    const me = await gql(p.gatewayUrl, `{ me { tenantId realm roles staff { email roles } } }`, {}, a.token);
    expect(me.data.me).toEqual({
      tenantId: a.tenantId,
      realm: a.realm,
      roles: ['ADMIN'],
      staff: { email: a.adminUsername, roles: ['ADMIN'] },
    });
  });

  it('is public: no token needed, but only for sign-up itself', async () => {
    const mixed = await gql(
      p.gatewayUrl,
      `mutation($i: SignUpInput!) { signUpPropertyCompany(input: $i) { realm } createProperty(input: { name: "x", kind: OFFICE }) { id } }`,
      { i: { companyName: 'X', slug: uniqueSlug(), adminEmail: 'a@b.test', adminPassword: PASSWORD } },
    );
    expect(codes(mixed)).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    ['a duplicate slug', () => ({ slug: a.slug, adminEmail: 'other@x.test' }), 'slug'],
    ['a bad email', () => ({ slug: uniqueSlug(), adminEmail: 'not-an-email' }), 'adminEmail'],
    [
      'a weak password',
      () => ({ slug: uniqueSlug(), adminEmail: 'boss@x.test', adminPassword: 'password' }),
      'adminPassword',
    ],
    ['a bad slug', () => ({ slug: 'Bad Slug!', adminEmail: 'boss@x.test' }), 'slug'],
  ])('%s → VALIDATION_FAILED and nothing left behind', async (_name, over, field) => {
    const input = { companyName: 'Bad Co', adminPassword: PASSWORD, ...over() };
    const before = await tenantRows(input.slug);
    const r = await gql(p.gatewayUrl, SIGN_UP, { i: input });
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
    expect((r.errors![0].extensions!.details as any).problems.map((x: any) => x.field)).toContain(field);
    expect(await tenantRows(input.slug)).toBe(before);
    if (input.slug !== a.slug && /^[a-z0-9-]+$/.test(input.slug))
      expect(await realmExists(`pm-${input.slug}`)).toBe(false);
    if (input.slug === a.slug) expect(await realmExists(a.realm)).toBe(true);
  });

  it('is rate limited per client address, taken from the trusted proxy’s X-Forwarded-For, in Redis', async () => {
    const start = startPlatform;
    const prefix = `pm-test:${Math.random().toString(36).slice(2)}:`;
    const env = { SIGNUP_RATE_PER_MINUTE: '1', REDIS_KEY_PREFIX: prefix, TRUSTED_PROXIES: 'loopback' };
    // Two replicas (tenancy and gateway each) counting in one Redis.
    const [one, two] = [await start(env), await start(env)];
    try {
      const bad = { companyName: 'R', slug: 'x', adminEmail: 'bad', adminPassword: 'x' };
      const from = (ip: string) => ({ 'x-forwarded-for': `${ip}, 127.0.0.1` });
      const first = await gql(one.gatewayUrl, SIGN_UP, { i: bad }, undefined, from('203.0.113.7'));
      const second = await gql(two.gatewayUrl, SIGN_UP, { i: bad }, undefined, from('203.0.113.7'));
      const elsewhere = await gql(two.gatewayUrl, SIGN_UP, { i: bad }, undefined, from('198.51.100.9'));
      expect(codes(first)).toEqual(['VALIDATION_FAILED']);
      expect(codes(second)).toEqual(['RATE_LIMITED']);
      expect(second.errors![0].extensions).toMatchObject({ quota: 'sign-ups per address', max: 1 });
      expect(codes(elsewhere)).toEqual(['VALIDATION_FAILED']);
    } finally {
      await one.stop();
      await two.stop();
    }
  });

  it('is rate limited per Keycloak cell, whatever the addresses', async () => {
    const start = startPlatform;
    const limited = await start({ SIGNUP_RATE_PER_CELL_PER_MINUTE: '1', TRUSTED_PROXIES: 'loopback' });
    const made: Company[] = [];
    try {
      const input = (n: number) => ({
        i: {
          companyName: 'Cell Co',
          slug: uniqueSlug(),
          adminEmail: `boss${n}@x.test`,
          adminPassword: PASSWORD,
        },
      });
      const [one, two] = [input(1), input(2)];
      const first = await gql(limited.gatewayUrl, SIGN_UP, one, undefined, {
        'x-forwarded-for': '203.0.113.1',
      });
      const second = await gql(limited.gatewayUrl, SIGN_UP, two, undefined, {
        'x-forwarded-for': '203.0.113.2',
      });
      expect(codes(first)).toEqual([]);
      made.push({ ...first.data.signUpPropertyCompany } as Company);
      expect(codes(second)).toEqual(['RATE_LIMITED']);
      expect(second.errors![0].extensions).toMatchObject({ quota: 'sign-ups per cell', max: 1 });
      expect(await realmExists(`pm-${two.i.slug}`)).toBe(false);
    } finally {
      await removeCompanies(made);
      await limited.stop();
    }
  });
});
