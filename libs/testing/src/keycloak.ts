const keycloakUrl = () => (process.env.KEYCLOAK_URL ?? 'http://localhost:8080').replace(/\/$/, '');

/** A real token from the realm, by the password grant of the public `pm-console` client. */
export async function passwordToken(
  realm: string,
  username: string,
  password: string,
  baseUrl = keycloakUrl(),
): Promise<string> {
  const res = await fetch(`${baseUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'pm-console',
      username,
      password,
      scope: 'openid',
    }),
  });
  const body = (await res.json()) as { access_token?: string; error_description?: string };
  if (!body.access_token)
    throw new Error(`login of ${username} in ${realm} failed: ${res.status} ${body.error_description}`);
  return body.access_token;
}

async function adminToken(): Promise<string> {
  const res = await fetch(`${keycloakUrl()}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env.KEYCLOAK_ADMIN_USER ?? 'admin',
      password: process.env.KEYCLOAK_ADMIN_PASSWORD ?? 'admin',
    }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

export async function realmExists(realm: string): Promise<boolean> {
  const res = await fetch(`${keycloakUrl()}/admin/realms/${realm}`, {
    headers: { authorization: `Bearer ${await adminToken()}` },
  });
  return res.status === 200;
}

/** Tests remove the realms they create: Keycloak slows down as realms pile up. */
export async function deleteRealm(realm: string): Promise<void> {
  await fetch(`${keycloakUrl()}/admin/realms/${realm}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${await adminToken()}` },
  });
}

/** Decodes a JWT without verifying it (tests forge tokens from real ones). */
export function decodeJwt(token: string): { header: any; payload: any; signature: string } {
  const [h, p, s] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(h, 'base64url').toString()),
    payload: JSON.parse(Buffer.from(p, 'base64url').toString()),
    signature: s,
  };
}

export function encodeJwt(header: object, payload: object, signature: string): string {
  const b = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b(header)}.${b(payload)}.${signature}`;
}
