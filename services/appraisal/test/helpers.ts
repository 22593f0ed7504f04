import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { gql, passwordToken } from '@pm/testing';
import { createLogger } from '@pm/observability';
import { Platform, startPlatform } from '../../../gateway/test/platform';
import { PASSWORD } from '../../../gateway/test/companies';
import { CachedDirectory, HttpDirectory } from '@pm/auth';
import { loadAppraisalConfig, tenancyBaseUrl } from '../src/config';
import { buildAppraisalSchema } from '../src/schema';
import { AppraisalServer, startAppraisal } from '../src/server';

export const ADMIN_URL =
  process.env.TEST_APPRAISAL_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/pm_appraisal';

export async function startWithAppraisal(): Promise<{ p: Platform; appraisal: () => AppraisalServer }> {
  let server: AppraisalServer | undefined;
  // startPlatform gives extra subgraphs no SUBGRAPH_TENANCY_URL (tenancy's port is chosen at
  // start), so the tenant directory reads the URL once the platform is up.
  let tenancyUrl = '';
  const p = await startPlatform({}, [
    {
      name: 'appraisal',
      start: async (env, log) => {
        const config = loadAppraisalConfig(env);
        const directory = new CachedDirectory({
          byRealm: (realm) =>
            new HttpDirectory(tenancyBaseUrl(tenancyUrl), config.internalSecret).byRealm(realm),
        });
        server = await startAppraisal(config, log, { directory });
        return { url: server.http.url, sdl: (await buildAppraisalSchema()).sdl, stop: server.stop };
      },
    },
  ]);
  tenancyUrl = p.tenancyUrl;
  return { p, appraisal: () => server! };
}

export const testLog = createLogger('appraisal-test', 'silent');

export interface Person {
  id: string;
  email: string;
  token: string;
}

/** inviteStaff with a reporting line (the shared helper has no managerId). */
export async function invite(
  gatewayUrl: string,
  token: string,
  slug: string,
  roles: string[],
  propertyIds: string[],
  managerId?: string,
): Promise<Person> {
  const email = `${roles[0].toLowerCase()}-${randomBytes(3).toString('hex')}@${slug}.test`;
  const r = await gql(
    gatewayUrl,
    `mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { id } }`,
    { i: { email, name: `Staff ${roles[0]}`, password: PASSWORD, roles, propertyIds, managerId } },
    token,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { email, id: r.data.inviteStaff.id, token: await passwordToken(`pm-${slug}`, email, PASSWORD) };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  ms = 15_000,
) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(150);
  }
}

/** Waits until the appraisal projections hold these staff and properties. */
export async function waitForProjections(admin: Client, staffIds: string[], propertyIds: string[]) {
  await waitFor('appraisal projections', async () => {
    const s = await admin.query('select count(*)::int n from staff_members where id = any($1::uuid[])', [
      staffIds,
    ]);
    const p = await admin.query('select count(*)::int n from properties where id = any($1::uuid[])', [
      propertyIds,
    ]);
    return s.rows[0].n === staffIds.length && p.rows[0].n === propertyIds.length;
  });
}
