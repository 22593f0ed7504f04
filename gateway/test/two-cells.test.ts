import { execFileSync } from 'child_process';
import { randomBytes } from 'crypto';
import path from 'path';
import { Client } from 'pg';
import { decodeJwt, gql, passwordToken, testDatabaseUrl } from '@pm/testing';
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
 * Two real Keycloak cells: the shared one of the test run and one this test starts (its own port
 * and H2 database under .pm-local). With KEYCLOAK_REALMS_PER_CELL lowered to 1, the first company
 * fills cell 1 and the next is placed in cell 2; users of both log in at their own cell and are
 * served through the one gateway. Keycloak's boot (≈ 35 s on an idle machine, minutes on a busy
 * one) dominates the test's time.
 */
jest.setTimeout(420_000);

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'deploy/local/keycloak-cell.mjs');
const dir = path.join(root, '.pm-local', `cell-test-${process.pid}`);
const CELL_1 = (process.env.KEYCLOAK_URL ?? 'http://localhost:8080').replace(/\/$/, '');
// Names of this test only: the run's tenancy database also holds other tests' companies, counted per cell name.
const suffix = randomBytes(3).toString('hex');
const NAME_1 = `one-${suffix}`;
const NAME_2 = `two-${suffix}`;

async function cellOf(tenantId: string): Promise<string> {
  const c = new Client({ connectionString: testDatabaseUrl('tenancy') });
  await c.connect();
  try {
    return (await c.query('select cell from tenants where id = $1', [tenantId])).rows[0].cell;
  } finally {
    await c.end();
  }
}

describe('Keycloak cells: placement by realms per cell, login across two Keycloaks', () => {
  let cell2: string;
  let p: Platform;
  let first: Company | undefined;

  beforeAll(async () => {
    const out = execFileSync(process.execPath, [cli, 'start', dir, '512m'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    cell2 = JSON.parse(out.trim().split('\n').at(-1)!).url;
    p = await startPlatform({
      KEYCLOAK_CELLS: `${NAME_1}=${CELL_1},${NAME_2}=${cell2}`,
      KEYCLOAK_REALMS_PER_CELL: '1',
      // The new cell's first realm is created by a cold JVM: over 20 s on a busy machine.
      KEYCLOAK_ADMIN_TIMEOUT_MS: '120000',
    });
  });
  afterAll(async () => {
    await removeCompanies([first]);
    await p?.stop();
    // The second cell goes with its realms and database.
    execFileSync(process.execPath, [cli, 'stop', dir], { stdio: 'inherit' });
  });

  it('places the next company in cell 2 once cell 1 is full; users of both are served by the gateway', async () => {
    first = await signUpCompany(p.gatewayUrl);
    expect(await cellOf(first.tenantId)).toBe(NAME_1);
    // Cell 1 holds KEYCLOAK_REALMS_PER_CELL companies now. signUpCompany logs in at the shared
    // Keycloak, where this company's realm does not exist: sign up without it, log in at cell 2.
    const r = await gql(
      p.gatewayUrl,
      `mutation($input: SignUpInput!) { signUpPropertyCompany(input: $input) { tenantId realm adminUsername } }`,
      {
        input: {
          companyName: `Company two-${suffix}`,
          slug: `two-${suffix}`,
          adminEmail: `admin@two-${suffix}.test`,
          adminPassword: PASSWORD,
        },
      },
    );
    expect(r.errors).toBeUndefined();
    const second = r.data.signUpPropertyCompany;
    expect(await cellOf(second.tenantId)).toBe(NAME_2);

    for (const [c, base] of [
      [first, CELL_1],
      [second, cell2],
    ] as const) {
      const token = await passwordToken(c.realm, c.adminUsername, PASSWORD, base);
      expect(decodeJwt(token).payload.iss).toBe(`${base}/realms/${c.realm}`);
      await createProperty(p.gatewayUrl, token);
      const me = await gql(p.gatewayUrl, `{ me { tenantId } properties { totalCount } }`, {}, token);
      expect(me.data).toEqual({ me: { tenantId: c.tenantId }, properties: { totalCount: 1 } });
    }
    // The realm lives only in its own cell.
    await expect(passwordToken(second.realm, second.adminUsername, PASSWORD, CELL_1)).rejects.toThrow();
  });
});
