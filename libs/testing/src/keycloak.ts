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

/** A browser's cookie jar, just enough for Keycloak's login pages. */
class Jar {
  private cookies = new Map<string, string>();
  store(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x3D;/gi, '=')
    .replace(/&#61;/g, '=')
    .replace(/&quot;/g, '"');

/**
 * Does what a person does with Keycloak's set-password e-mail: opens the link, follows
 * "proceed", and posts the new password twice in the form. Answers the final page's text.
 */
export async function completeSetPasswordLink(link: string, password: string): Promise<string> {
  const jar = new Jar();
  const go = async (url: string, init: RequestInit = {}): Promise<{ url: string; html: string }> => {
    let next = url;
    let req = init;
    for (let hop = 0; hop < 10; hop++) {
      const res = await fetch(next, {
        ...req,
        redirect: 'manual',
        headers: { ...(req.headers as Record<string, string>), cookie: jar.header() },
      });
      jar.store(res);
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        next = new URL(location, next).toString();
        req = {};
        continue;
      }
      return { url: next, html: await res.text() };
    }
    throw new Error(`too many redirects from ${url}`);
  };
  let page = await go(link);
  for (let step = 0; step < 4; step++) {
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(page.html);
    if (form && /password-new/.test(form[2])) {
      const hidden = Object.fromEntries(
        [...form[2].matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/gi)].map(
          (m) => [m[1], unescapeHtml(m[2])],
        ),
      );
      const done = await go(unescapeHtml(form[1]), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          ...hidden,
          'password-new': password,
          'password-confirm': password,
        }).toString(),
      });
      return done.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    }
    // The info page before the action: "Perform the following action(s) … Click here to proceed".
    const proceed = /href="([^"]*login-actions[^"]*)"/i.exec(page.html);
    if (!proceed) break;
    page = await go(new URL(unescapeHtml(proceed[1]), page.url).toString());
  }
  throw new Error(
    `no password form behind ${link}: ${page.html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .slice(0, 300)}`,
  );
}
