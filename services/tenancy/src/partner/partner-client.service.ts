import { randomBytes } from 'crypto';
import { COMPANY_WIDE_ROLES, PARTNER_SCOPE_NAMES, StaffRole, isPartnerScope, isUuid } from '@pm/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Database } from '@pm/db';
import { Principal } from '@pm/auth';
import { PartnerUsage, conflict, notFound, validationFailed } from '@pm/graphql';
import { Logger } from '@pm/observability';
import { PolicyService } from '../policy/policy.service';
import { revokeInTx } from '../revocation/revocation.service';
import { Property } from '../property/property.entity';

import { KeycloakAdmin } from '../tenant/keycloak-admin';
import { Tenant } from '../tenant/tenant.entity';
import { PartnerClient } from './partner-client.entity';
import { CreatePartnerClientInput } from './partner-client.inputs';

export class PartnerClientService {
  constructor(
    private db: Database,
    private cells: KeycloakAdmin[],
    private log: Logger,
    private policy: PolicyService,
    private usage: PartnerUsage,
  ) {}

  /** Every app of the company, newest first, with its use counted at the gateway. */
  async list(principal: Principal): Promise<PartnerClient[]> {
    const clients = await this.db.tx(
      (em) => em.find(PartnerClient, {}, { orderBy: { createdAt: 'desc' } }),
      principal,
    );
    let usage: Awaited<ReturnType<PartnerUsage['read']>> | undefined;
    try {
      usage = await this.usage.read(principal.tenantId);
    } catch (err) {
      this.log.warn('partner usage unreadable', { err: err as Error });
    }
    for (const c of clients) {
      const u = usage?.get(c.clientId);
      c.requestCount = usage ? (u?.requests ?? 0) : null;
      c.lastUsedAt = u?.lastUsedAt ?? null;
    }
    return clients;
  }

  /**
   * A new secret, shown once; the previous one keeps working for the company's grace period
   * (policy `platform.partnerSecretGraceSeconds`, R-PLT-1), then Keycloak refuses it.
   */
  async rotateSecret(principal: Principal, clientId: string): Promise<PartnerClient> {
    const { client, tenant } = await this.active(principal, clientId);
    const grace = await this.graceSeconds(principal);
    const admin = this.adminOf(tenant);
    const { secret, previousValidUntil } = await admin.rotateClientSecret(
      tenant.realm,
      client.keycloakClientId,
      grace,
    );
    const saved = await this.db.tx(async (em) => {
      const c = await em.findOneOrFail(PartnerClient, { id: client.id });
      c.secretRotatedAt = new Date();
      c.previousSecretExpiresAt = previousValidUntil;
      await em.flush();
      return c;
    }, principal);
    this.log.info('partner client secret rotated', { clientId, graceSeconds: grace });
    return Object.assign(saved, { secret, tokenUrl: this.tokenUrl(admin, tenant) });
  }

  /**
   * Keycloak issues no more tokens (client disabled), and the tokens it issued stop passing every
   * verifier once they read the revocation (libs/auth RevocationList, REVOCATION_MAX_STALE_MS).
   * Revoking twice answers the first revocation.
   */
  async revoke(principal: Principal, clientId: string): Promise<PartnerClient> {
    const { client, tenant } = await this.find(principal, clientId);
    if (client.revokedAt) return client;
    await this.adminOf(tenant).disableClient(tenant.realm, client.keycloakClientId);
    const saved = await this.db.tx(async (em) => {
      const c = await em.findOneOrFail(PartnerClient, { id: client.id });
      c.revokedAt = new Date();
      revokeInTx(em, 'client', c.clientId, 'partner client revoked', c.revokedAt);
      await em.flush();
      return c;
    }, principal);
    this.log.info('partner client revoked', { clientId });
    return saved;
  }

  /** The company's token endpoint (its realm on its Keycloak cell). */
  async tokenUrlOf(principal: Principal): Promise<string> {
    const tenant = await this.db.tx((em) => em.findOneOrFail(Tenant, { id: principal.tenantId }), principal);
    return this.tokenUrl(this.adminOf(tenant), tenant);
  }

  private async graceSeconds(principal: Principal): Promise<number> {
    const policy = await this.policy.get(principal, null);
    const v = policy.values.find((e) => e.key === 'platform.partnerSecretGraceSeconds')?.value;
    return typeof v === 'number' ? v : 2 * 86_400;
  }

  private async find(
    principal: Principal,
    clientId: string,
  ): Promise<{ client: PartnerClient; tenant: Tenant }> {
    return this.db.tx(async (em: EntityManager) => {
      const client = await em.findOne(PartnerClient, { clientId });
      if (!client) throw notFound(`partner client ${clientId}`);
      return { client, tenant: await em.findOneOrFail(Tenant, { id: principal.tenantId }) };
    }, principal);
  }

  private async active(principal: Principal, clientId: string) {
    const found = await this.find(principal, clientId);
    if (found.client.revokedAt) throw conflict(`partner client ${clientId} is revoked`);
    return found;
  }

  private adminOf(tenant: Tenant): KeycloakAdmin {
    const admin = this.cells.find((c) => c.cell.name === tenant.cell);
    if (!admin) throw new Error(`tenant's Keycloak cell ${tenant.cell} is not configured`);
    return admin;
  }

  private tokenUrl(admin: KeycloakAdmin, tenant: Tenant): string {
    return `${admin.cell.url}/realms/${tenant.realm}/protocol/openid-connect/token`;
  }

  async create(principal: Principal, input: CreatePartnerClientInput): Promise<PartnerClient> {
    const name = input.name.trim();
    const roles = [...new Set(input.roles)];
    const propertyIds = [...new Set(input.propertyIds ?? [])];
    const scopes = [...new Set(input.scopes ?? [])];
    const problems = [];
    const unknown = scopes.filter((s) => !isPartnerScope(s));
    if (unknown.length)
      problems.push({
        field: 'scopes',
        message: `unknown scope ${unknown.join(', ')}; one of ${PARTNER_SCOPE_NAMES.join(', ')}`,
      });
    if (!name || name.length > 100) problems.push({ field: 'name', message: 'must be 1–100 characters' });
    if (!roles.length) problems.push({ field: 'roles', message: 'at least one role' });
    if (roles.includes(StaffRole.ADMIN))
      problems.push({ field: 'roles', message: 'ADMIN cannot be granted to an app' });
    const companyWide = roles.some((r) => COMPANY_WIDE_ROLES.includes(r));
    if (!companyWide && !propertyIds.length)
      problems.push({ field: 'propertyIds', message: 'site roles need at least one property' });
    if (propertyIds.some((id) => !isUuid(id)))
      problems.push({ field: 'propertyIds', message: 'must be property ids' });
    if (problems.length) throw validationFailed('partner client is invalid', problems);

    const tenant = await this.db.tx(async (em) => {
      if ((await em.count(Property, { id: { $in: propertyIds } })) !== propertyIds.length)
        throw validationFailed('partner client is invalid', [
          { field: 'propertyIds', message: 'unknown property' },
        ]);
      return em.findOneOrFail(Tenant, { id: principal.tenantId });
    });
    const admin = this.adminOf(tenant);
    const clientId = `partner-${randomBytes(6).toString('hex')}`;
    const { id: keycloakClientId, secret } = await admin.createPartnerClient(tenant.realm, {
      clientId,
      name,
      roles,
      propertyIds,
      scopes,
    });
    try {
      const client = await this.db.tx(async (em) => {
        const c = em.create(PartnerClient, {
          keycloakClientId,
          clientId,
          name,
          roles,
          propertyIds,
          scopes,
          persistedOnly: input.persistedOnly ?? false,
        });
        await em.flush();
        return c;
      });
      this.log.info('partner client created', { clientId, roles, scopes });
      return Object.assign(client, { secret, tokenUrl: this.tokenUrl(admin, tenant) });
    } catch (e) {
      await admin
        .deleteClient(tenant.realm, keycloakClientId)
        .catch((err) => this.log.error('could not remove Keycloak client after failure', { err }));
      throw e;
    }
  }
}
