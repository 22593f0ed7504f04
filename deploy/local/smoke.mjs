// The deployment smoke test (`node deploy/local/cli.mjs smoke`; the Helm chart's `helm test`):
// the gateway is ready, refuses an operation without a token, and answers one with a real token
// of an existing login. Config: smokeSpec in libs/config (GATEWAY_URL, KEYCLOAK_URL,
// SMOKE_REALM, SMOKE_USERNAME, SMOKE_PASSWORD, SMOKE_CLIENT_ID).

const READY_WITHIN_MS = 120_000;

async function ready(base, log) {
  const deadline = Date.now() + READY_WITHIN_MS;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(5000) });
      if (r.ok) return log(`✔ ${base}/ready answered ${r.status}`);
      last = `status ${r.status}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error(`${base}/ready not ready within ${READY_WITHIN_MS / 1000} s (${last})`);
}

async function graphql(url, query, token) {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(15_000),
  });
  return r.json();
}

export async function smoke(c, log = console.log) {
  await ready(c.gatewayUrl.replace(/\/graphql$/, ''), log);

  const anonymous = await graphql(c.gatewayUrl, '{ me { tenantId } }');
  const code = anonymous.errors?.[0]?.extensions?.code;
  if (code !== 'UNAUTHENTICATED')
    throw new Error(`without a token: expected UNAUTHENTICATED, got ${JSON.stringify(anonymous)}`);
  log('✔ an operation without a token is refused (UNAUTHENTICATED)');

  const tokenUrl = `${c.keycloakUrl}/realms/${c.realm}/protocol/openid-connect/token`;
  const t = await fetch(tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: c.clientId,
      username: c.username,
      password: c.password,
    }),
    signal: AbortSignal.timeout(15_000),
  }).then((r) => r.json());
  if (!t.access_token)
    throw new Error(`no token for ${c.username} from ${tokenUrl}: ${t.error_description ?? t.error}`);
  log(`✔ token for ${c.username} in realm ${c.realm}`);

  const me = await graphql(c.gatewayUrl, '{ me { tenantId roles } }', t.access_token);
  if (me.errors || !me.data?.me?.tenantId)
    throw new Error(`authenticated operation failed: ${JSON.stringify(me)}`);
  log(`✔ { me } answered: tenant ${me.data.me.tenantId}, roles ${me.data.me.roles.join(',')}`);
}
