import { readFileSync } from 'fs';
import path from 'path';
import KcAdminClient from '@keycloak/keycloak-admin-client';
import { KeycloakCell } from '@pm/config';
import { PARTNER_SCOPES, STAFF_ROLES } from '@pm/contracts';

const TEMPLATE = path.resolve(__dirname, '../../../../deploy/keycloak/realm-template.json');
/** Master-realm admin tokens live 60 s; renew a little before. */
const TOKEN_REUSE_MS = 40_000;
/** The realm's client profile and policy that keep a rotated partner secret valid for a grace period. */
const SECRET_PROFILE = 'pm-partner-secrets';
/**
 * Keycloak's secret-rotation executor also expires the current secret after this; partners'
 * secrets live until rotated, so it is as long as Keycloak's seconds-since-1970 int still holds.
 */
const SECRET_LIFETIME_S = 5 * 365 * 86_400;

export interface RealmSeed {
  realm: string;
  tenantId: string;
  displayName: string;
  adminEmail: string;
  adminPassword: string;
}

export class KeycloakConflict extends Error {}

/** The realm's outgoing mail (tenancy config SMTP_*); Keycloak sends the set-password links. */
export interface SmtpSettings {
  host: string;
  port: number;
  from: string;
  user?: string;
  password?: string;
  starttls: boolean;
  ssl: boolean;
}

const LOCAL_SMTP: SmtpSettings = {
  host: '127.0.0.1',
  port: 2525,
  from: 'no-reply@pm.local',
  starttls: false,
  ssl: false,
};

/**
 * Fills the realm template; values are substituted after parsing, so they cannot break the JSON.
 * The staff console's origins (CONSOLE_ORIGINS) join pm-console's redirect URIs and web origins:
 * the browser calls the token endpoint cross-origin, and Keycloak derives no origin from the
 * template's wildcard-port redirect URIs.
 */
export function renderRealm(
  seed: RealmSeed,
  consoleOrigins: readonly string[] = [],
  templatePath = TEMPLATE,
  smtp: SmtpSettings = LOCAL_SMTP,
): Record<string, unknown> {
  const vars: Record<string, string> = {
    REALM: seed.realm,
    TENANT_ID: seed.tenantId,
    DISPLAY_NAME: seed.displayName,
    ADMIN_EMAIL: seed.adminEmail,
    ADMIN_PASSWORD: seed.adminPassword,
    SMTP_HOST: smtp.host,
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: smtp.from,
    SMTP_STARTTLS: String(smtp.starttls),
    SMTP_SSL: String(smtp.ssl),
    SMTP_AUTH: String(!!smtp.user),
    SMTP_USER: smtp.user ?? '',
    SMTP_PASSWORD: smtp.password ?? '',
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/\$\{([A-Z_]+)\}/g, (m, k: string) => vars[k] ?? m);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const realm = walk(JSON.parse(readFileSync(templatePath, 'utf8'))) as {
    clients?: { clientId: string; redirectUris?: string[]; webOrigins?: string[] }[];
  };
  const client = realm.clients?.find((c) => c.clientId === 'pm-console');
  if (client) {
    client.redirectUris = [...(client.redirectUris ?? []), ...consoleOrigins.map((o) => `${o}/*`)];
    client.webOrigins = [...(client.webOrigins ?? []), ...consoleOrigins];
  }
  return realm as Record<string, unknown>;
}

/** Admin operations on one Keycloak cell, behind one small interface. */
export class KeycloakAdmin {
  private client: KcAdminClient;
  private authedAt = 0;

  constructor(
    readonly cell: KeycloakCell,
    private user: string,
    private password: string,
    timeoutMs = 15_000,
    private consoleOrigins: readonly string[] = [],
    private smtp: SmtpSettings = LOCAL_SMTP,
  ) {
    // Applies to the admin login and every admin request; a stalled Keycloak is a TIMEOUT.
    this.client = new KcAdminClient({ baseUrl: cell.url, realmName: 'master', timeout: timeoutMs });
  }

  private async kc(): Promise<KcAdminClient> {
    if (Date.now() - this.authedAt > TOKEN_REUSE_MS) {
      await this.client.auth({
        grantType: 'password',
        clientId: 'admin-cli',
        username: this.user,
        password: this.password,
      });
      this.authedAt = Date.now();
    }
    return this.client;
  }

  /** One call: realm, roles, client, mappers and the admin user are created together or not at all. */
  async createRealm(seed: RealmSeed): Promise<string> {
    const kc = await this.kc();
    try {
      await kc.realms.create(renderRealm(seed, this.consoleOrigins, TEMPLATE, this.smtp));
    } catch (e) {
      if (status(e) === 409) throw new KeycloakConflict(`realm ${seed.realm} exists`);
      throw e;
    }
    // Property scope lives in a user attribute; Keycloak 24+ drops attributes the user profile does not declare.
    const profile = await kc.users.getProfile({ realm: seed.realm });
    await kc.users.updateProfile({
      ...profile,
      realm: seed.realm,
      unmanagedAttributePolicy: 'ADMIN_EDIT',
    } as never);
    const [admin] = await kc.users.find({ realm: seed.realm, username: seed.adminEmail, exact: true });
    if (!admin?.id) throw new Error('admin user missing after realm import');
    return admin.id;
  }

  /**
   * The partner scopes (libs/contracts PARTNER_SCOPES) as client scopes of the realm, created when
   * missing, on the realm's first partner client (so sign-up does not pay for them) and again on
   * each later one (a realm made before a scope existed gets it then). Not in the
   * realm template: a template that lists client scopes replaces Keycloak's built-in ones (roles,
   * profile…), which the console's tokens need. Answers scope name → client scope id.
   */
  async ensurePartnerScopes(realm: string): Promise<Map<string, string>> {
    const kc = await this.kc();
    const existing = await kc.clientScopes.find({ realm });
    const ids = new Map(existing.filter((c) => c.name && c.id).map((c) => [c.name!, c.id!]));
    for (const s of PARTNER_SCOPES) {
      if (ids.has(s.name)) continue;
      try {
        await kc.clientScopes.create({
          realm,
          name: s.name,
          description: `${s.zh} / ${s.en}`,
          protocol: 'openid-connect',
          attributes: { 'include.in.token.scope': 'true', 'display.on.consent.screen': 'false' },
        });
      } catch (e) {
        if (status(e) !== 409) throw e;
      }
      const created = await kc.clientScopes.findOneByName({ realm, name: s.name });
      if (created?.id) ids.set(s.name, created.id);
    }
    return ids;
  }

  async deleteRealm(realm: string): Promise<void> {
    const kc = await this.kc();
    try {
      await kc.realms.del({ realm });
    } catch (e) {
      if (status(e) !== 404) throw e;
    }
  }

  async realmExists(realm: string): Promise<boolean> {
    const kc = await this.kc();
    return !!(await kc.realms.findOne({ realm }));
  }

  async createUser(
    realm: string,
    u: { email: string; name: string; password?: string; roles: string[]; propertyIds: string[] },
  ): Promise<string> {
    const kc = await this.kc();
    const [firstName, ...rest] = u.name.trim().split(/\s+/);
    let id: string;
    try {
      ({ id } = await kc.users.create({
        realm,
        username: u.email,
        email: u.email,
        emailVerified: true,
        enabled: true,
        firstName,
        lastName: rest.join(' ') || firstName,
        attributes: { propertyIds: u.propertyIds },
        credentials: u.password ? [{ type: 'password', value: u.password, temporary: false }] : [],
        requiredActions: u.password ? [] : ['UPDATE_PASSWORD'],
      }));
    } catch (e) {
      if (status(e) === 409) throw new KeycloakConflict(`user ${u.email} exists`);
      throw e;
    }
    try {
      const all = await kc.roles.find({ realm });
      const roles = all
        .filter((r) => r.name && u.roles.includes(r.name))
        .map((r) => ({ id: r.id!, name: r.name! }));
      await kc.users.addRealmRoleMappings({ realm, id, roles });
    } catch (e) {
      await this.deleteUser(realm, id);
      throw e;
    }
    return id;
  }

  /**
   * A confidential client with a service account for a partner app: its token carries the
   * API audience, the granted roles and the property scope, like a staff member's.
   */
  async createPartnerClient(
    realm: string,
    p: { clientId: string; name: string; roles: string[]; propertyIds: string[]; scopes: string[] },
  ): Promise<{ id: string; secret: string }> {
    const scopeIds = await this.ensurePartnerScopes(realm);
    const kc = await this.kc();
    const { id } = await kc.clients.create({
      realm,
      clientId: p.clientId,
      name: p.name,
      enabled: true,
      publicClient: false,
      serviceAccountsEnabled: true,
      standardFlowEnabled: false,
      directAccessGrantsEnabled: false,
      protocol: 'openid-connect',
      protocolMappers: [
        {
          name: 'pm-api audience',
          protocol: 'openid-connect',
          protocolMapper: 'oidc-audience-mapper',
          config: { 'included.custom.audience': 'pm-api', 'access.token.claim': 'true' },
        },
        {
          name: 'property scope',
          protocol: 'openid-connect',
          protocolMapper: 'oidc-usermodel-attribute-mapper',
          config: {
            'user.attribute': 'propertyIds',
            'claim.name': 'property_ids',
            'jsonType.label': 'String',
            multivalued: 'true',
            'access.token.claim': 'true',
          },
        },
      ],
    });
    try {
      const account = await kc.clients.getServiceAccountUser({ realm, id });
      await kc.users.update(
        { realm, id: account.id! },
        { ...account, attributes: { ...(account.attributes ?? {}), propertyIds: p.propertyIds } },
      );
      const all = await kc.roles.find({ realm });
      const roles = all
        .filter((r) => r.name && p.roles.includes(r.name))
        .map((r) => ({ id: r.id!, name: r.name! }));
      await kc.users.addRealmRoleMappings({ realm, id: account.id!, roles });
      // Default (not optional) client scopes: every token of the client carries all it was granted.
      for (const scope of p.scopes)
        await kc.clients.addDefaultClientScope({ realm, id, clientScopeId: scopeIds.get(scope)! });
      const { value } = await kc.clients.getClientSecret({ realm, id });
      return { id, secret: value! };
    } catch (e) {
      await kc.clients.del({ realm, id }).catch(() => undefined);
      throw e;
    }
  }

  /**
   * A new secret through Keycloak's own rotation (client policy executor `secret-rotation`, a
   * preview feature: Keycloak runs with --features=client-secret-rotation): the old secret stays
   * valid as the client's "rotated secret" for `graceSeconds`, then Keycloak refuses it. The
   * realm's profile carries the company's grace period, set again on every rotation.
   */
  async rotateClientSecret(
    realm: string,
    id: string,
    graceSeconds: number,
  ): Promise<{ secret: string; previousValidUntil: Date }> {
    const kc = await this.kc();
    await this.ensureSecretRotation(realm, graceSeconds);
    const { value } = await kc.clients.generateNewClientSecret({ realm, id });
    const client = await kc.clients.findOne({ realm, id });
    const until = Number(client?.attributes?.['client.secret.rotated.expiration.time']);
    if (!Number.isFinite(until))
      throw new Error(
        'Keycloak kept no rotated secret: it must run with --features=client-secret-rotation (deploy/local/infra.mjs, compose, Helm)',
      );
    return { secret: value!, previousValidUntil: new Date(until * 1000) };
  }

  private async ensureSecretRotation(realm: string, graceSeconds: number): Promise<void> {
    const kc = await this.kc();
    const current = await kc.clientPolicies.listProfiles({ realm, includeGlobalProfiles: false });
    const others = (current.profiles ?? []).filter((p) => p.name !== SECRET_PROFILE);
    try {
      await kc.clientPolicies.createProfiles({
        realm,
        profiles: [
          ...others,
          {
            name: SECRET_PROFILE,
            description: 'Partner client secrets: a rotated secret stays valid for the company grace period',
            executors: [
              {
                executor: 'secret-rotation',
                configuration: {
                  'expiration-period': SECRET_LIFETIME_S,
                  'rotated-expiration-period': graceSeconds,
                  'remaining-rotation-period': Math.min(10 * 86_400, SECRET_LIFETIME_S),
                },
              },
            ],
          },
        ],
      });
    } catch (e) {
      if (status(e) === 400)
        throw new Error(
          'Keycloak refused the secret-rotation executor: it must run with --features=client-secret-rotation',
        );
      throw e;
    }
    const policies = await kc.clientPolicies.listPolicies({ realm, includeGlobalPolicies: false });
    if (!(policies.policies ?? []).some((p) => p.name === SECRET_PROFILE))
      await kc.clientPolicies.updatePolicy({
        realm,
        policies: [
          ...(policies.policies ?? []),
          {
            name: SECRET_PROFILE,
            description: 'Confidential clients (partner apps) rotate their secrets with a grace period',
            enabled: true,
            conditions: [{ condition: 'client-access-type', configuration: { type: ['confidential'] } }],
            profiles: [SECRET_PROFILE],
          },
        ],
      });
  }

  /**
   * No new token for the client: disabled (kept for the record), its rotated secret dropped. Tokens
   * already issued are refused by the verifiers' revocation check.
   */
  async disableClient(realm: string, id: string): Promise<void> {
    const kc = await this.kc();
    const client = await kc.clients.findOne({ realm, id });
    if (!client) return;
    await kc.clients.update({ realm, id }, { ...client, enabled: false });
    await kc.clients.invalidateSecret({ realm, id }).catch(() => undefined);
  }

  async deleteClient(realm: string, id: string): Promise<void> {
    const kc = await this.kc();
    await kc.clients.del({ realm, id }).catch((e) => {
      if (status(e) !== 404) throw e;
    });
  }

  /**
   * Keycloak's own "set your password" e-mail (execute-actions-email, UPDATE_PASSWORD): the link
   * is an action token valid for `lifespanS`; the console's login follows it.
   */
  async sendSetPasswordEmail(
    realm: string,
    id: string,
    lifespanS: number,
    redirectUri?: string,
  ): Promise<void> {
    const kc = await this.kc();
    // A realm made before the template carried SMTP settings gets the deployment's now.
    const rep = await kc.realms.findOne({ realm });
    if (rep && !rep.smtpServer?.host) {
      const { smtpServer } = renderRealm(
        { realm, tenantId: '', displayName: rep.displayName ?? realm, adminEmail: '', adminPassword: '' },
        [],
        TEMPLATE,
        this.smtp,
      ) as { smtpServer: Record<string, string> };
      await kc.realms.update({ realm }, { smtpServer });
    }
    await kc.users.executeActionsEmail({
      realm,
      id,
      actions: ['UPDATE_PASSWORD'],
      lifespan: lifespanS,
      ...(redirectUri ? { clientId: 'pm-console', redirectUri } : {}),
    });
  }

  /** Disabled (no login, no token), every session ended. `enabled` true undoes a failed deactivation. */
  async setUserEnabled(realm: string, id: string, enabled: boolean): Promise<void> {
    const kc = await this.kc();
    const user = await kc.users.findOne({ realm, id });
    if (!user) return;
    await kc.users.update({ realm, id }, { ...user, enabled });
    if (!enabled) await kc.users.logout({ realm, id });
  }

  /** The person's staff roles and property scope become exactly these (other realm roles stay). */
  async updateUser(
    realm: string,
    id: string,
    u: { name: string; roles: string[]; propertyIds: string[] },
  ): Promise<void> {
    const kc = await this.kc();
    const user = await kc.users.findOne({ realm, id });
    if (!user) throw new Error(`Keycloak user ${id} not found in ${realm}`);
    const [firstName, ...rest] = u.name.trim().split(/\s+/);
    await kc.users.update(
      { realm, id },
      {
        ...user,
        firstName,
        lastName: rest.join(' ') || firstName,
        attributes: { ...(user.attributes ?? {}), propertyIds: u.propertyIds },
      },
    );
    const all = await kc.roles.find({ realm });
    const current = await kc.users.listRealmRoleMappings({ realm, id });
    const staff = new Set(STAFF_ROLES as readonly string[]);
    const remove = current.filter((r) => r.name && staff.has(r.name) && !u.roles.includes(r.name));
    const add = all.filter(
      (r) => r.name && u.roles.includes(r.name) && !current.some((c) => c.name === r.name),
    );
    if (remove.length)
      await kc.users.delRealmRoleMappings({
        realm,
        id,
        roles: remove.map((r) => ({ id: r.id!, name: r.name! })),
      });
    if (add.length)
      await kc.users.addRealmRoleMappings({
        realm,
        id,
        roles: add.map((r) => ({ id: r.id!, name: r.name! })),
      });
  }

  async deleteUser(realm: string, id: string): Promise<void> {
    const kc = await this.kc();
    try {
      await kc.users.del({ realm, id });
    } catch (e) {
      if (status(e) !== 404) throw e;
    }
  }
}

function status(e: unknown): number | undefined {
  const err = e as { response?: { status?: number }; status?: number };
  return err.response?.status ?? err.status;
}
