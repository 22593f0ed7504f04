import { readFileSync } from 'fs';
import path from 'path';
import KcAdminClient from '@keycloak/keycloak-admin-client';
import { KeycloakCell } from '@pm/config';

const TEMPLATE = path.resolve(__dirname, '../../../../deploy/keycloak/realm-template.json');
/** Master-realm admin tokens live 60 s; renew a little before. */
const TOKEN_REUSE_MS = 40_000;

export interface RealmSeed {
  realm: string;
  tenantId: string;
  displayName: string;
  adminEmail: string;
  adminPassword: string;
}

export class KeycloakConflict extends Error {}

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
): Record<string, unknown> {
  const vars: Record<string, string> = {
    REALM: seed.realm,
    TENANT_ID: seed.tenantId,
    DISPLAY_NAME: seed.displayName,
    ADMIN_EMAIL: seed.adminEmail,
    ADMIN_PASSWORD: seed.adminPassword,
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
      await kc.realms.create(renderRealm(seed, this.consoleOrigins));
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
    p: { clientId: string; name: string; roles: string[]; propertyIds: string[] },
  ): Promise<{ id: string; secret: string }> {
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
      const { value } = await kc.clients.getClientSecret({ realm, id });
      return { id, secret: value! };
    } catch (e) {
      await kc.clients.del({ realm, id }).catch(() => undefined);
      throw e;
    }
  }

  async deleteClient(realm: string, id: string): Promise<void> {
    const kc = await this.kc();
    await kc.clients.del({ realm, id }).catch((e) => {
      if (status(e) !== 404) throw e;
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
