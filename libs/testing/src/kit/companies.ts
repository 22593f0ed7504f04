import { randomBytes } from 'crypto';
import { gql } from '../graphql-client';
import { deleteRealm, passwordToken } from '../keycloak';

export interface Company {
  tenantId: string;
  realm: string;
  slug: string;
  adminUsername: string;
  password: string;
  token: string;
}

export const PASSWORD = 'Test-pass-2026';

export const uniqueSlug = (prefix = 't') => `${prefix}-${randomBytes(4).toString('hex')}`;

const SIGN_UP = `mutation($input: SignUpInput!) { signUpPropertyCompany(input: $input) { tenantId realm adminUsername } }`;

/** Signs up a company through the gateway and logs its admin in with a real Keycloak token. */
export async function signUpCompany(gatewayUrl: string, slug = uniqueSlug()): Promise<Company> {
  const r = await gql(gatewayUrl, SIGN_UP, {
    input: {
      companyName: `Company ${slug}`,
      slug,
      adminEmail: `admin@${slug}.test`,
      adminPassword: PASSWORD,
    },
  });
  if (r.errors) throw new Error(`sign-up failed: ${JSON.stringify(r.errors)}`);
  const s = r.data.signUpPropertyCompany;
  return { ...s, slug, password: PASSWORD, token: await passwordToken(s.realm, s.adminUsername, PASSWORD) };
}

export async function removeCompanies(companies: (Company | undefined)[]): Promise<void> {
  await Promise.all(companies.filter((c): c is Company => !!c).map((c) => deleteRealm(c.realm)));
}

export async function createProperty(
  gatewayUrl: string,
  token: string,
  name = 'Sunshine Garden',
): Promise<string> {
  const r = await gql(
    gatewayUrl,
    `mutation($i: CreatePropertyInput!) { createProperty(input: $i) { id } }`,
    { i: { name, kind: 'RESIDENTIAL' } },
    token,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.createProperty.id;
}

export async function inviteStaff(
  gatewayUrl: string,
  token: string,
  slug: string,
  roles: string[],
  propertyIds: string[],
): Promise<{ email: string; token: string; id: string }> {
  const email = `${roles[0].toLowerCase()}-${randomBytes(3).toString('hex')}@${slug}.test`;
  const r = await gql(
    gatewayUrl,
    `mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { id } }`,
    { i: { email, name: `Staff ${roles[0]}`, password: PASSWORD, roles, propertyIds } },
    token,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { email, id: r.data.inviteStaff.id, token: await passwordToken(`pm-${slug}`, email, PASSWORD) };
}
