// Seeds the demo company through the public API, the way a customer would: sign-up,
// then the admin creates a property with units and invites staff. Safe to run twice.

const DEMO = {
  slug: 'demo',
  companyName: 'Demo Property Management 示范物业',
  admin: 'admin@demo.pm.local',
  password: 'Demo-pass-2026',
  property: {
    name: 'Sunshine Garden 阳光花园',
    kind: 'RESIDENTIAL',
    address: '1 Sunshine Road, Shenzhen',
    timeZone: 'Asia/Shanghai',
  },
  units: [
    ['A', '101', 89.5, 'APARTMENT'],
    ['A', '102', 89.5, 'APARTMENT'],
    ['A', '201', 120, 'APARTMENT'],
    ['B', '101', 64.2, 'APARTMENT'],
    ['B', 'S01', 45, 'SHOP'],
  ],
  staff: [
    ['frontdesk@demo.pm.local', 'Li Na 李娜', ['FRONT_DESK']],
    ['assistant@demo.pm.local', 'Wang Fang 王芳', ['PROPERTY_ASSISTANT']],
    ['cs@demo.pm.local', 'Zhao Lei 赵磊', ['CS_SUPERVISOR']],
    ['engineering@demo.pm.local', 'Sun Qiang 孙强', ['ENGINEERING_SUPERVISOR']],
    ['tech@demo.pm.local', 'Zhou Jie 周杰', ['TECHNICIAN']],
    ['finance@demo.pm.local', 'Wu Min 吴敏', ['FINANCE']],
    ['manager@demo.pm.local', 'Chen Gang 陈刚', ['SITE_MANAGER']],
    ['hq@demo.pm.local', 'Liu Yang 刘洋', ['HQ']],
  ],
};

async function gql(url, query, variables, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const codeOf = (r) => r.errors?.[0]?.extensions?.code;

async function login(keycloakUrl, realm, username, password) {
  const res = await fetch(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'pm-console', username, password }),
  });
  const body = await res.json();
  if (!body.access_token)
    throw new Error(`demo login failed for ${username}: ${body.error_description ?? res.status}`);
  return body.access_token;
}

/**
 * A demo realm made before the console existed (or for another console port) does not know the
 * console's origin; new realms get it from tenancy's CONSOLE_ORIGINS. Added through the admin API.
 */
async function allowConsole(keycloakUrl, realm, origins, keycloakAdmin) {
  const admin = await fetch(`${keycloakUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: keycloakAdmin.user,
      password: keycloakAdmin.password,
    }),
  }).then((r) => r.json());
  const headers = { authorization: `Bearer ${admin.access_token}`, 'content-type': 'application/json' };
  const base = `${keycloakUrl}/admin/realms/${realm}/clients`;
  const [client] = await fetch(`${base}?clientId=pm-console`, { headers }).then((r) => r.json());
  const missing = origins.filter((o) => !client.webOrigins.includes(o));
  if (!missing.length) return;
  const r = await fetch(`${base}/${client.id}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({
      ...client,
      webOrigins: [...client.webOrigins, ...missing],
      redirectUris: [...client.redirectUris, ...missing.map((o) => `${o}/*`)],
    }),
  });
  if (!r.ok) throw new Error(`could not allow the console in ${realm}: ${r.status}`);
}

export async function seedDemo(
  gatewayUrl,
  keycloakUrl,
  consoleOrigins = [],
  keycloakAdmin = {
    user: process.env.KEYCLOAK_ADMIN_USER ?? 'admin',
    password: process.env.KEYCLOAK_ADMIN_PASSWORD ?? 'admin',
  },
) {
  const realm = `pm-${DEMO.slug}`;
  const signUp = await gql(
    gatewayUrl,
    'mutation($i: SignUpInput!) { signUpPropertyCompany(input: $i) { realm } }',
    {
      i: {
        companyName: DEMO.companyName,
        slug: DEMO.slug,
        adminEmail: DEMO.admin,
        adminPassword: DEMO.password,
      },
    },
  );
  if (signUp.errors && !/already taken/.test(signUp.errors[0].message))
    throw new Error(`demo sign-up failed: ${JSON.stringify(signUp.errors)}`);
  const token = await login(keycloakUrl, realm, DEMO.admin, DEMO.password);
  if (consoleOrigins.length) await allowConsole(keycloakUrl, realm, consoleOrigins, keycloakAdmin);

  const existing = await gql(
    gatewayUrl,
    '{ properties(first: 10) { edges { node { id name } } } }',
    {},
    token,
  );
  let propertyId = existing.data?.properties.edges.find((e) => e.node.name === DEMO.property.name)?.node.id;
  if (!propertyId) {
    const p = await gql(
      gatewayUrl,
      'mutation($i: CreatePropertyInput!) { createProperty(input: $i) { id } }',
      { i: DEMO.property },
      token,
    );
    if (p.errors) throw new Error(`demo property failed: ${JSON.stringify(p.errors)}`);
    propertyId = p.data.createProperty.id;
  }
  for (const [building, number, areaSqm, kind] of DEMO.units) {
    const u = await gql(
      gatewayUrl,
      'mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }',
      { i: { propertyId, building, number, areaSqm, kind } },
      token,
    );
    if (u.errors && codeOf(u) !== 'CONFLICT')
      throw new Error(`demo unit failed: ${JSON.stringify(u.errors)}`);
  }
  for (const [email, name, roles] of DEMO.staff) {
    const propertyIds = roles.includes('HQ') ? [] : [propertyId];
    const s = await gql(
      gatewayUrl,
      'mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { id } }',
      { i: { email, name, password: DEMO.password, roles, propertyIds } },
      token,
    );
    if (s.errors && codeOf(s) !== 'CONFLICT')
      throw new Error(`demo staff failed: ${JSON.stringify(s.errors)}`);
  }
  await (await import('./demo-data.mjs')).seedDemoData({ gatewayUrl, token, password: DEMO.password, login: (u) => login(keycloakUrl, realm, u, DEMO.password), log: console.log }); // prettier-ignore
  return {
    companyName: DEMO.companyName,
    realm,
    password: DEMO.password,
    users: [
      { username: DEMO.admin, roles: 'ADMIN' },
      ...DEMO.staff.map(([username, , roles]) => ({ username, roles: roles.join(',') })),
    ],
  };
}
