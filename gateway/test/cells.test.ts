import { codes, decodeJwt, encodeJwt, gql, passwordToken, testDatabaseUrl } from '@pm/testing';
import { Client } from 'pg';
import {
  Company,
  createProperty,
  PASSWORD,
  Platform,
  removeCompanies,
  signUpCompany,
  startPlatform,
} from '@pm/testing/kit';

/**
 * Two cells that are the same local Keycloak reached by two host names: Keycloak issues
 * tokens with the host it was called on, so issuers differ exactly as on two clusters.
 */
const port = new URL(process.env.KEYCLOAK_URL ?? 'http://localhost:8080').port || '8080';
const CELL_A = `http://localhost:${port}`;
const CELL_B = `http://127.0.0.1:${port}`;

async function cellOf(tenantId: string): Promise<string> {
  const c = new Client({ connectionString: testDatabaseUrl('tenancy') });
  await c.connect();
  try {
    return (await c.query('select cell from tenants where id = $1', [tenantId])).rows[0].cell;
  } finally {
    await c.end();
  }
}

describe('Keycloak cells', () => {
  let p: Platform;
  const companies: Company[] = [];

  beforeAll(async () => {
    p = await startPlatform({ KEYCLOAK_CELLS: `cella=${CELL_A},cellb=${CELL_B}` });
  });
  afterAll(async () => {
    await removeCompanies(companies);
    await p?.stop();
  });

  it('spreads new companies over the cells and accepts tokens from each', async () => {
    for (let i = 0; i < 2; i++) companies.push(await signUpCompany(p.gatewayUrl));
    const cells = await Promise.all(companies.map((c) => cellOf(c.tenantId)));
    expect(new Set(cells).size).toBe(2);
    for (const [i, c] of companies.entries()) {
      const base = cells[i] === 'cella' ? CELL_A : CELL_B;
      const token = await passwordToken(c.realm, c.adminUsername, PASSWORD, base);
      expect(decodeJwt(token).payload.iss).toBe(`${base}/realms/${c.realm}`);
      await createProperty(p.gatewayUrl, token);
      const r = await gql(p.gatewayUrl, `{ me { tenantId } properties { totalCount } }`, {}, token);
      expect(r.data).toEqual({ me: { tenantId: c.tenantId }, properties: { totalCount: 1 } });
    }
  });

  it("refuses a company's token issued by the other cell's address", async () => {
    const c = companies[0];
    const own = (await cellOf(c.tenantId)) === 'cella' ? CELL_A : CELL_B;
    const other = own === CELL_A ? CELL_B : CELL_A;
    const wrongCell = await passwordToken(c.realm, c.adminUsername, PASSWORD, other);
    expect(codes(await gql(p.gatewayUrl, `{ me { tenantId } }`, {}, wrongCell))).toEqual(['UNAUTHENTICATED']);
    const t = decodeJwt(await passwordToken(c.realm, c.adminUsername, PASSWORD, own));
    const edited = encodeJwt(t.header, { ...t.payload, iss: `${other}/realms/${c.realm}` }, t.signature);
    expect(codes(await gql(p.gatewayUrl, `{ me { tenantId } }`, {}, edited))).toEqual(['UNAUTHENTICATED']);
  });
});
