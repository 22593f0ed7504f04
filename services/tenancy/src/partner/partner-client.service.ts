import { randomBytes } from 'crypto';
import { COMPANY_WIDE_ROLES, StaffRole, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { Principal } from '@pm/auth';
import { validationFailed } from '@pm/graphql';
import { Logger } from '@pm/observability';
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
  ) {}

  async create(principal: Principal, input: CreatePartnerClientInput): Promise<PartnerClient> {
    const name = input.name.trim();
    const roles = [...new Set(input.roles)];
    const propertyIds = [...new Set(input.propertyIds ?? [])];
    const problems = [];
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
    const admin = this.cells.find((c) => c.cell.name === tenant.cell);
    if (!admin) throw new Error(`tenant's Keycloak cell ${tenant.cell} is not configured`);
    const clientId = `partner-${randomBytes(6).toString('hex')}`;
    const { id: keycloakClientId, secret } = await admin.createPartnerClient(tenant.realm, {
      clientId,
      name,
      roles,
      propertyIds,
    });
    try {
      const client = await this.db.tx(async (em) => {
        const c = em.create(PartnerClient, { keycloakClientId, clientId, name, roles, propertyIds });
        await em.flush();
        return c;
      });
      this.log.info('partner client created', { clientId, roles });
      return Object.assign(client, {
        secret,
        tokenUrl: `${admin.cell.url}/realms/${tenant.realm}/protocol/openid-connect/token`,
      });
    } catch (e) {
      await admin
        .deleteClient(tenant.realm, keycloakClientId)
        .catch((err) => this.log.error('could not remove Keycloak client after failure', { err }));
      throw e;
    }
  }
}
