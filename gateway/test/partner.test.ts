import { createHash } from 'crypto';
import { codes, decodeJwt, gql } from '@pm/testing';
import {
  appraisal,
  Company,
  createProperty,
  customers,
  inviteStaff,
  Platform,
  removeCompanies,
  signUpCompany,
  startPlatform,
  tickets,
  until,
} from '@pm/testing/kit';

const CREATE = `mutation($i: CreatePartnerClientInput!) { createPartnerClient(input: $i) { clientId secret tokenUrl roles propertyIds scopes } }`;

async function tokenResponse(tokenUrl: string, clientId: string, secret: string) {
  const res = await fetch(tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: secret,
    }),
  });
  return (await res.json()) as { access_token?: string; error?: string };
}

async function clientToken(tokenUrl: string, clientId: string, secret: string): Promise<string> {
  const body = await tokenResponse(tokenUrl, clientId, secret);
  if (!body.access_token) throw new Error(JSON.stringify(body));
  return body.access_token;
}

describe('partner clients (client credentials: roles and scopes limit what they do)', () => {
  let p: Platform;
  let a: Company;
  let props: string[];
  let customerId: string;
  const call = (q: string, v: Record<string, unknown> = {}, token = a.token) =>
    gql(p.gatewayUrl, q, v, token);
  const app = async (roles: string[], scopes: string[], propertyIds = [props[0]]) => {
    const r = await call(CREATE, { i: { name: `App ${scopes.join(' ')}`, roles, propertyIds, scopes } });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const c = r.data.createPartnerClient;
    return { ...c, token: await clientToken(c.tokenUrl, c.clientId, c.secret) };
  };

  beforeAll(async () => {
    // Revocations are re-read every 0.5 s and never used older than 2 s: the bound the tests wait for.
    p = await startPlatform({ REVOCATION_REFRESH_MS: '500', REVOCATION_MAX_STALE_MS: '2000' }, [
      customers,
      tickets,
      appraisal,
    ]);
    a = await signUpCompany(p.gatewayUrl);
    props = [
      await createProperty(p.gatewayUrl, a.token, 'P1'),
      await createProperty(p.gatewayUrl, a.token, 'P2'),
    ];
    customerId = await until('customers to know the property', async () => {
      const r = await call(`mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`, {
        i: { propertyId: props[0], name: 'Li Lei', phone: '13812345678', kind: 'OWNER' },
      });
      return r.data?.registerCustomer.id as string | undefined;
    });
    await until('tickets to know the property', async () => {
      const r = await call(`mutation($i: ReportRepairInput!) { reportRepair(input: $i) { id } }`, {
        i: { propertyId: props[0], description: 'dripping tap', priority: 'EXPRESS' },
      });
      return r.data?.reportRepair.id as string | undefined;
    });
  }, 180_000);
  afterAll(async () => {
    await removeCompanies([a]);
    await p?.stop();
  });

  it('an app scoped to one property reads only it; its token carries its scopes', async () => {
    const c = await app(['FRONT_DESK'], ['tickets:read']);
    expect(c.scopes).toEqual(['tickets:read']);
    const jwt = decodeJwt(c.token).payload;
    expect(jwt.aud).toContain('pm-api');
    expect(String(jwt.scope).split(' ')).toContain('tickets:read');
    const list = await call(
      `{ properties { edges { node { id } } } me { roles propertyIds staff { id } } }`,
      {},
      c.token,
    );
    expect(list.data.properties.edges.map((e: any) => e.node.id)).toEqual([props[0]]);
    expect(list.data.me).toEqual({ roles: ['FRONT_DESK'], propertyIds: [props[0]], staff: null });
  });

  it('with tickets:read it reads tickets, cannot mutate them (FORBIDDEN), cannot read customers or appraisal', async () => {
    const c = await app(['SITE_MANAGER'], ['tickets:read']);
    const read = await call(`{ tickets { totalCount } }`, {}, c.token);
    expect(read.errors).toBeUndefined();
    expect(read.data.tickets.totalCount).toBe(1);
    const write = await call(
      `mutation($i: ReportRepairInput!) { reportRepair(input: $i) { id } }`,
      { i: { propertyId: props[0], description: 'by the app', priority: 'EXPRESS' } },
      c.token,
    );
    expect(codes(write)).toEqual(['FORBIDDEN']);
    expect(write.errors![0].extensions!.requiredScope).toBe('tickets:write');
    expect(codes(await call(`{ customers { totalCount } }`, {}, c.token))).toEqual(['FORBIDDEN']);
    expect(codes(await call(`{ customer(id: "${customerId}") { name } }`, {}, c.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(
        await call(
          `query($p: ID!) { rankings(propertyId: $p, period: "2026-11") { rank } }`,
          { p: props[0] },
          c.token,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    // KPIs on a property need kpi:read, whichever subgraph answers them.
    const kpis = await call(
      `query($p: ID!) { property(id: $p) { name serviceKpis(period: "2026-11") { period } } }`,
      { p: props[0] },
      c.token,
    );
    expect(codes(kpis)).toEqual(['FORBIDDEN']);
    expect(kpis.errors![0].extensions!.requiredScope).toBe('kpi:read');
    const withKpi = await app(['SITE_MANAGER'], ['kpi:read']);
    const ok = await call(
      `query($p: ID!) { property(id: $p) { name serviceKpis(period: "2026-11") { period } } }`,
      { p: props[0] },
      withKpi.token,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.property).toEqual({ name: 'P1', serviceKpis: { period: '2026-11' } });
  });

  it('never administers the company, whatever its roles and scopes', async () => {
    const all = ['customers:write', 'tickets:write', 'billing:write', 'appraisal:write', 'kpi:read'];
    const c = await app(['HQ'], all, []);
    for (const [q, v] of [
      [
        `mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { id } }`,
        { i: { email: 'x@y.test', name: 'X', roles: ['HQ'] } },
      ],
      [
        `mutation($i: SetPolicyInput!) { setPolicy(input: $i) { asOf } }`,
        { i: { key: 'billing.dueDay', value: 10 } },
      ],
      [CREATE, { i: { name: 'child', roles: ['HQ'], scopes: [] } }],
      [`mutation { createProperty(input: { name: "x", kind: MALL }) { id } }`, {}],
    ] as const)
      expect(codes(await call(q, v, c.token))).toEqual(['FORBIDDEN']);
  });

  it('sees personal data unmasked only with customers:personal-data on top of an unmasking role', async () => {
    const q = `query($id: ID!) { customer(id: $id) { name phone } }`;
    const masked = await app(['SITE_MANAGER'], ['customers:read']);
    expect((await call(q, { id: customerId }, masked.token)).data.customer).toEqual({
      name: 'Li Lei',
      phone: '138****5678',
    });
    const whole = await app(['SITE_MANAGER'], ['customers:read', 'customers:personal-data']);
    expect((await call(q, { id: customerId }, whole.token)).data.customer.phone).toBe('13812345678');
    const frontDesk = await app(['FRONT_DESK'], ['customers:read', 'customers:personal-data']);
    expect((await call(q, { id: customerId }, frontDesk.token)).data.customer.phone).toBe('138****5678');
  });

  it('a wrong secret gets no token', async () => {
    const r = await call(CREATE, { i: { name: 'HQ dashboard', roles: ['HQ'], scopes: ['kpi:read'] } });
    const c = r.data.createPartnerClient;
    await expect(clientToken(c.tokenUrl, c.clientId, 'wrong')).rejects.toThrow(
      /unauthorized_client|invalid_client/,
    );
  });

  it('only ADMIN creates apps, never ADMIN apps, and only with known scopes', async () => {
    const hq = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['HQ'], []);
    const create = (i: object, token = a.token) => call(CREATE, { i }, token);
    expect(codes(await create({ name: 'x', roles: ['HQ'], scopes: [] }, hq.token))).toEqual(['FORBIDDEN']);
    expect(codes(await create({ name: 'x', roles: ['ADMIN'], scopes: [] }))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await create({ name: 'x', roles: ['FRONT_DESK'], scopes: [] }))).toEqual([
      'VALIDATION_FAILED',
    ]);
    const bad = await create({ name: 'x', roles: ['HQ'], scopes: ['tickets:read', 'tenancy:admin'] });
    expect(codes(bad)).toEqual(['VALIDATION_FAILED']);
    expect((bad.errors![0].extensions as any).details.problems[0].field).toBe('scopes');
  });

  describe('lifecycle (R-PLT-1)', () => {
    const LIST = `{ partnerClients { clientId name scopes tokenUrl secret createdAt lastUsedAt requestCount revokedAt previousSecretExpiresAt } }`;

    it('lists the apps with scopes, creation, last use and request count; an app cannot list them', async () => {
      const c = await app(['FRONT_DESK'], ['tickets:read']);
      for (let i = 0; i < 3; i++)
        expect((await call(`{ tickets { totalCount } }`, {}, c.token)).errors).toBeUndefined();
      const before = Date.now();
      const entry = (await call(LIST)).data.partnerClients.find((e: any) => e.clientId === c.clientId);
      expect(entry).toMatchObject({
        scopes: ['tickets:read'],
        tokenUrl: c.tokenUrl,
        secret: null,
        requestCount: 3,
        revokedAt: null,
      });
      expect(Date.parse(entry.createdAt)).toBeLessThanOrEqual(before);
      expect(before - Date.parse(entry.lastUsedAt)).toBeLessThan(60_000);
      expect(codes(await call(LIST, {}, c.token))).toEqual(['FORBIDDEN']);
    });

    it('a revoked app’s token is refused within the revocation bound, and it gets no new token', async () => {
      const c = await app(['FRONT_DESK'], ['tickets:read']);
      expect((await call(`{ tickets { totalCount } }`, {}, c.token)).errors).toBeUndefined();
      const r = await call(`mutation($c: String!) { revokePartnerClient(clientId: $c) { revokedAt } }`, {
        c: c.clientId,
      });
      expect(r.data.revokePartnerClient.revokedAt).toBeTruthy();
      const revokedAt = Date.now();
      await until(
        'the revoked token to be refused',
        async () => codes(await call(`{ tickets { totalCount } }`, {}, c.token)).includes('UNAUTHENTICATED'),
        10_000,
      );
      // REVOCATION_MAX_STALE_MS is 2 s in this platform; allow for a slow machine.
      expect(Date.now() - revokedAt).toBeLessThan(8_000);
      expect((await tokenResponse(c.tokenUrl, c.clientId, c.secret)).access_token).toBeUndefined();
      // Another app of the company is untouched.
      const other = await app(['FRONT_DESK'], ['tickets:read']);
      expect((await call(`{ tickets { totalCount } }`, {}, other.token)).errors).toBeUndefined();
      expect(
        codes(
          await call(`mutation($c: String!) { rotatePartnerClientSecret(clientId: $c) { secret } }`, {
            c: c.clientId,
          }),
        ),
      ).toEqual(['CONFLICT']);
    });

    it('a rotated secret works at once; the old one works for the grace period from policy, then stops', async () => {
      const set = await call(`mutation($i: SetPolicyInput!) { setPolicy(input: $i) { asOf } }`, {
        i: { key: 'platform.partnerSecretGraceSeconds', value: 6 },
      });
      expect(set.errors).toBeUndefined();
      const c = await app(['FRONT_DESK'], ['tickets:read']);
      const r = await call(
        `mutation($c: String!) { rotatePartnerClientSecret(clientId: $c) { secret previousSecretExpiresAt } }`,
        { c: c.clientId },
      );
      expect(r.errors).toBeUndefined();
      const rotatedAt = Date.now();
      const { secret, previousSecretExpiresAt } = r.data.rotatePartnerClientSecret;
      expect(secret).not.toBe(c.secret);
      expect(Math.abs(Date.parse(previousSecretExpiresAt) - (rotatedAt + 6_000))).toBeLessThan(3_000);
      const fresh = await clientToken(c.tokenUrl, c.clientId, secret);
      expect((await call(`{ tickets { totalCount } }`, {}, fresh)).errors).toBeUndefined();
      expect((await tokenResponse(c.tokenUrl, c.clientId, c.secret)).access_token).toBeTruthy();
      await until(
        'the old secret to stop working',
        async () => !(await tokenResponse(c.tokenUrl, c.clientId, c.secret)).access_token,
        20_000,
      );
      expect(Date.now() - rotatedAt).toBeGreaterThan(4_000);
      expect((await tokenResponse(c.tokenUrl, c.clientId, secret)).access_token).toBeTruthy();
      // The list no longer shows a secret.
      const entry = (await call(LIST)).data.partnerClients.find((e: any) => e.clientId === c.clientId);
      expect(entry.previousSecretExpiresAt).toBe(previousSecretExpiresAt);
    });
  });

  describe('registered operations (persisted-only apps)', () => {
    const REGISTER = `mutation($c: String!, $d: [String!]!) { registerPartnerOperations(clientId: $c, documents: $d) }`;
    const post = async (body: object, token: string) => {
      const res = await fetch(p.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return (await res.json()) as any;
    };

    it('a persisted-only app runs its registered operations by id; an ad-hoc query is PERSISTED_QUERY_NOT_ALLOWED', async () => {
      const c = await app(['FRONT_DESK'], ['tickets:read']);
      const doc = 'query Count { tickets { totalCount } }';
      const reg = await call(REGISTER, { c: c.clientId, d: [doc, 'query Me { me { roles } }', doc] });
      expect(reg.errors).toBeUndefined();
      const [id, meId, again] = reg.data.registerPartnerOperations;
      expect(id).toBe(createHash('sha256').update(doc).digest('hex'));
      expect(again).toBe(id);
      expect(meId).not.toBe(id);
      const mark = await call(
        `mutation($c: String!) { setPartnerClientPersistedOnly(clientId: $c, persistedOnly: true) { persistedOnly } }`,
        { c: c.clientId },
      );
      expect(mark.data.setPartnerClientPersistedOnly.persistedOnly).toBe(true);

      expect((await post({ id }, c.token)).data).toEqual({ tickets: { totalCount: 1 } });
      expect((await post({ id: meId, operationName: 'Me' }, c.token)).data.me.roles).toEqual(['FRONT_DESK']);
      // The same by the APQ request shape (hash only): it is looked up, never learnt.
      const apq = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: id } } }, c.token);
      expect(apq.data).toEqual({ tickets: { totalCount: 1 } });

      const adHoc = await post({ query: doc }, c.token);
      expect(codes(adHoc)).toEqual(['PERSISTED_QUERY_NOT_ALLOWED']);
      expect(
        codes(
          await post({ query: doc, extensions: { persistedQuery: { version: 1, sha256Hash: id } } }, c.token),
        ),
      ).toEqual(['PERSISTED_QUERY_NOT_ALLOWED']);
      expect(codes(await post({ id: 'f'.repeat(64) }, c.token))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    });

    it('ids are the app’s own: another app and staff cannot run them, and APQ stays off', async () => {
      const c = await app(['FRONT_DESK'], ['tickets:read']);
      const doc = 'query Count2 { tickets { totalCount } }';
      const [id] = (await call(REGISTER, { c: c.clientId, d: [doc] })).data.registerPartnerOperations;
      // Not persisted-only: ad hoc and by id both run.
      expect((await post({ query: doc }, c.token)).data).toEqual({ tickets: { totalCount: 1 } });
      expect((await post({ id }, c.token)).data).toEqual({ tickets: { totalCount: 1 } });
      const other = await app(['FRONT_DESK'], ['tickets:read']);
      expect(codes(await post({ id }, other.token))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(codes(await post({ id }, a.token))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      // An app cannot register operations or change its mark.
      expect(codes(await call(REGISTER, { c: c.clientId, d: [doc] }, c.token))).toEqual(['FORBIDDEN']);
    });

    it('a document must hold exactly one operation; nothing is registered when one is bad', async () => {
      const c = await app(['FRONT_DESK'], ['tickets:read']);
      const good = 'query Fine { me { roles } }';
      const r = await call(REGISTER, { c: c.clientId, d: [good, '{ me { roles } } { me { roles } }'] });
      expect(codes(r)).toEqual(['VALIDATION_FAILED']);
      expect((r.errors![0].extensions as any).details.problems).toEqual([
        { field: 'documents[1]', message: 'must hold exactly one operation' },
      ]);
      const id = createHash('sha256').update(good).digest('hex');
      expect(codes(await post({ id }, c.token))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(codes(await call(REGISTER, { c: 'partner-nope', d: [good] }))).toEqual(['NOT_FOUND']);
    });
  });
});
