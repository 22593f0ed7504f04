import { EntityManager } from '@mikro-orm/postgresql';
import { COMPANY_WIDE_ROLES, Events, StaffRole, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { Principal } from '@pm/auth';
import { assertPropertyVisible, conflict, forbidden, validationFailed } from '@pm/graphql';
import { Logger } from '@pm/observability';
import { Property } from '../property/property.entity';

import { KeycloakAdmin, KeycloakConflict } from '../tenant/keycloak-admin';
import { Tenant } from '../tenant/tenant.entity';
import { isEmail, passwordProblems } from '../tenant/signup.rules';
import { Staff } from './staff.entity';
import { InviteStaffInput } from './staff.inputs';

export class StaffService {
  constructor(
    private db: Database,
    private cells: KeycloakAdmin[],
    private log: Logger,
  ) {}

  /** Keycloak user first, row second; a failed row removes the user again. */
  async invite(principal: Principal, input: InviteStaffInput): Promise<Staff> {
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    const roles = [...new Set(input.roles)];
    const propertyIds = [...new Set(input.propertyIds ?? [])];
    const problems = [];
    if (!isEmail(email)) problems.push({ field: 'email', message: 'is not an e-mail address' });
    if (!name || name.length > 100) problems.push({ field: 'name', message: 'must be 1–100 characters' });
    if (!roles.length) problems.push({ field: 'roles', message: 'at least one role' });
    if (input.password != null) problems.push(...passwordProblems(input.password, email));
    const siteOnly = roles.every((r) => !COMPANY_WIDE_ROLES.includes(r));
    if (siteOnly && !propertyIds.length)
      problems.push({ field: 'propertyIds', message: 'site roles need at least one property' });
    if (propertyIds.some((id) => !isUuid(id)))
      problems.push({ field: 'propertyIds', message: 'must be property ids' });
    if (problems.length) throw validationFailed('invitation is invalid', problems);

    // Only company-wide administrators hand out company-wide roles or reach other sites.
    if (principal.propertyScope !== 'ALL') {
      if (!siteOnly) throw forbidden('only HQ or ADMIN may grant HQ or ADMIN');
      if (propertyIds.some((id) => !(principal.propertyScope as string[]).includes(id)))
        throw forbidden('cannot invite to a property outside your scope');
    }
    if (roles.includes(StaffRole.ADMIN) && !principal.roles.includes(StaffRole.ADMIN))
      throw forbidden('only ADMIN may grant ADMIN');

    const { realm, cell } = await this.db.tx(async (em) => {
      const found = await em.count(Property, { id: { $in: propertyIds } });
      if (found !== propertyIds.length)
        throw validationFailed('invitation is invalid', [
          { field: 'propertyIds', message: 'unknown property' },
        ]);
      if (await em.count(Staff, { email })) throw conflict(`${email} is already a staff member`);
      if (input.managerId && !(isUuid(input.managerId) && (await em.count(Staff, { id: input.managerId }))))
        throw validationFailed('invitation is invalid', [
          { field: 'managerId', message: 'unknown staff member' },
        ]);
      return em.findOneOrFail(Tenant, { id: principal.tenantId });
    });
    const admin = this.cells.find((c) => c.cell.name === cell);
    if (!admin) throw new Error(`tenant's Keycloak cell ${cell} is not configured`);

    let userId: string;
    try {
      userId = await admin.createUser(realm, {
        email,
        name,
        password: input.password ?? undefined,
        roles,
        propertyIds,
      });
    } catch (e) {
      if (e instanceof KeycloakConflict) throw conflict(`${email} already has an account in this company`);
      throw e;
    }
    try {
      return await this.db.tx(async (em) => {
        const staff = em.create(Staff, {
          keycloakUserId: userId,
          email,
          name,
          roles,
          propertyIds,
          managerId: input.managerId ?? undefined,
        });
        await em.flush();
        await publishInTx(em, Events.staffJoined, {
          staffId: staff.id,
          userId,
          name,
          email,
          roles,
          propertyIds,
          managerId: staff.managerId,
        });
        return staff;
      });
    } catch (e) {
      await admin
        .deleteUser(realm, userId)
        .catch((err) => this.log.error('could not remove Keycloak user after failed invite', { err }));
      throw e;
    }
  }

  /**
   * The people working on one property, optionally of one role. A site has a few dozen staff:
   * one bounded list, no pages. Out-of-scope properties look absent (NOT_FOUND).
   */
  async onProperty(principal: Principal, propertyId: string, role?: StaffRole): Promise<Staff[]> {
    if (!isUuid(propertyId)) return [];
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(
      (em) =>
        em.find(
          Staff,
          { propertyIds: { $contains: [propertyId] }, ...(role ? { roles: { $contains: [role] } } : {}) },
          { orderBy: { name: 'asc', id: 'asc' }, limit: 200 },
        ),
      principal,
    );
  }

  static byIds(em: EntityManager, ids: readonly string[]): Promise<Staff[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? em.find(Staff, { id: { $in: valid } }) : Promise.resolve([]);
  }

  async byKeycloakUser(userId: string): Promise<Staff | null> {
    if (!isUuid(userId)) return null;
    return this.db.tx((em) => em.findOne(Staff, { keycloakUserId: userId }));
  }
}
