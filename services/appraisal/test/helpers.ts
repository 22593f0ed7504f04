import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { gql, passwordToken, testDatabaseUrl } from '@pm/testing';
import { createLogger } from '@pm/observability';
import { appraisal, PASSWORD, Platform, startPlatform, until } from '@pm/testing/kit';

export const ADMIN_URL = testDatabaseUrl('appraisal');

/** Tenancy, appraisal (on the test clock) and the gateway in this process. */
export const startWithAppraisal = (): Promise<Platform> => startPlatform({}, [appraisal]);

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

/** Waits until the appraisal projections hold these staff and properties. */
export async function waitForProjections(admin: Client, staffIds: string[], propertyIds: string[]) {
  await until('appraisal projections', async () => {
    const s = await admin.query('select count(*)::int n from staff_members where id = any($1::uuid[])', [
      staffIds,
    ]);
    const p = await admin.query('select count(*)::int n from properties where id = any($1::uuid[])', [
      propertyIds,
    ]);
    return s.rows[0].n === staffIds.length && p.rows[0].n === propertyIds.length;
  });
}
