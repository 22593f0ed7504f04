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

  it('is rate limited per client address', async () => {
    const limited = await startPlatform({ SIGNUP_RATE_PER_MINUTE: '1' });
    try {
      const bad = { companyName: 'R', slug: 'x', adminEmail: 'bad', adminPassword: 'x' };
      const first = await gql(limited.gatewayUrl, SIGN_UP, { i: bad });
      const second = await gql(limited.gatewayUrl, SIGN_UP, { i: bad });
      expect(codes(first)).toEqual(['VALIDATION_FAILED']);
      expect(codes(second)).toEqual(['RATE_LIMITED']);
    } finally {
      await limited.stop();
    }
  });
});
