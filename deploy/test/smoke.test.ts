import { execFile } from 'child_process';
import path from 'path';
import { Company, Platform, removeCompanies, signUpCompany, startPlatform } from '@pm/testing/kit';

/**
 * The deployment smoke test the Helm chart runs as its `helm test` hook
 * (`node deploy/local/cli.mjs smoke`), against this test run's platform: it passes with a real
 * login and fails with a wrong password.
 */
jest.setTimeout(180_000);

const root = path.resolve(__dirname, '../..');
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

/** Run as a child process, asynchronously: the platform answers from this very process. */
const smoke = (password: string) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      [path.join(root, 'deploy/local/cli.mjs'), 'smoke'],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          GATEWAY_URL: p.gatewayUrl,
          KEYCLOAK_URL: process.env.KEYCLOAK_URL ?? 'http://localhost:8080',
          SMOKE_REALM: a.realm,
          SMOKE_USERNAME: a.adminUsername,
          SMOKE_PASSWORD: password,
        },
      },
      (err, stdout, stderr) =>
        resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );

it('passes: gateway ready, anonymous refused, one authenticated operation', async () => {
  const r = await smoke(a.password);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('/ready answered 200');
  expect(r.stdout).toContain('refused (UNAUTHENTICATED)');
  expect(r.stdout).toContain(`tenant ${a.tenantId}`);
});

it('fails with a wrong password', async () => {
  const r = await smoke('not-the-password');
  expect(r.status).not.toBe(0);
  expect(r.stdout + r.stderr).toMatch(/no token for/);
});
