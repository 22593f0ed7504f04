import { EntityManager } from '@mikro-orm/postgresql';
import { COMPANY_WIDE_ROLES, Events, StaffRole, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { Principal } from '@pm/auth';
import { assertPropertyVisible, conflict, forbidden, notFound, validationFailed } from '@pm/graphql';
import { Logger } from '@pm/observability';
import { Property } from '../property/property.entity';

import { KeycloakAdmin, KeycloakConflict } from '../tenant/keycloak-admin';
import { Tenant } from '../tenant/tenant.entity';
import { isEmail, passwordProblems } from '../tenant/signup.rules';
import { revokeInTx } from '../revocation/revocation.service';
import { Staff } from './staff.entity';
import { InviteStaffInput, UpdateStaffInput } from './staff.inputs';

export interface StaffOptions {
  /** How long the set-password link of an invitation works. */
  invitationLifespanS: number;
  /** Where the link sends the person once the password is set (the staff console). */
  consoleUrl?: string;
}

export class StaffService {
  constructor(
    private db: Database,
    private cells: KeycloakAdmin[],
    private log: Logger,
    private o: StaffOptions = { invitationLifespanS: 72 * 3600 },
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
      // No password given: Keycloak mails the set-password link, before the row is written, so a
      // mail that cannot be sent leaves nothing behind (the user is removed below).
      if (input.password == null)
        await admin.sendSetPasswordEmail(
          realm,
          userId,
          this.o.invitationLifespanS,
          this.o.consoleUrl ? `${this.o.consoleUrl}/c/${realm.replace(/^pm-/, '')}/` : undefined,
        );
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
   * R-PLT-2: the Keycloak user is disabled and logged out first (no new token), then in one
   * transaction the row is marked, the person's tokens are revoked (every verifier refuses them
   * within REVOCATION_MAX_STALE_MS) and `staff.left` is published for tickets and appraisal to
   * release what was assigned. A failed transaction enables the user again.
   */
  async deactivate(principal: Principal, id: string): Promise<Staff> {
    const { staff, tenant } = await this.load(principal, id);
    this.assertMayManage(principal, staff.roles, staff.propertyIds);
    if (staff.keycloakUserId === principal.actor.id) throw forbidden('you cannot deactivate yourself');
    if (staff.leftAt) return staff;
    const admin = this.adminOf(tenant.cell);
    await admin.setUserEnabled(tenant.realm, staff.keycloakUserId, false);
    try {
      const saved = await this.db.tx(async (em) => {
        const s = await em.findOneOrFail(Staff, { id });
        s.leftAt = new Date();
        revokeInTx(em, 'user', s.keycloakUserId, 'staff deactivated', s.leftAt);
        await em.flush();
        await publishInTx(em, Events.staffLeft, {
          staffId: s.id,
          userId: s.keycloakUserId,
          leftAt: s.leftAt.toISOString(),
        });
        return s;
      }, principal);
      this.log.info('staff deactivated', { staffId: id });
      return saved;
    } catch (e) {
      await admin
        .setUserEnabled(tenant.realm, staff.keycloakUserId, true)
        .catch((err) =>
          this.log.error('could not enable the user again after a failed deactivation', { err }),
        );
      throw e;
    }
  }

  /**
   * Name, roles, properties or manager. Keycloak first (the next token carries the change), then
   * the row, `staff.changed`, and — when roles or properties changed — a revocation of the
   * person's current tokens, so a narrowed scope holds within the verifiers' bound instead of the
   * token's 15 minutes (the console simply renews its token).
   */
  async update(principal: Principal, id: string, input: UpdateStaffInput): Promise<Staff> {
    const { staff, tenant } = await this.load(principal, id);
    if (staff.leftAt) throw conflict('this person has left');
    this.assertMayManage(principal, staff.roles, staff.propertyIds);
    const name = input.name?.trim() ?? staff.name;
    const roles = input.roles ? [...new Set(input.roles)] : staff.roles;
    const propertyIds = input.propertyIds ? [...new Set(input.propertyIds)] : staff.propertyIds;
    const problems = [];
    if (!name || name.length > 100) problems.push({ field: 'name', message: 'must be 1–100 characters' });
    if (!roles.length) problems.push({ field: 'roles', message: 'at least one role' });
    const siteOnly = roles.every((r) => !COMPANY_WIDE_ROLES.includes(r));
    if (siteOnly && !propertyIds.length)
      problems.push({ field: 'propertyIds', message: 'site roles need at least one property' });
    if (propertyIds.some((p) => !isUuid(p)))
      problems.push({ field: 'propertyIds', message: 'must be property ids' });
    if (input.managerId === id) problems.push({ field: 'managerId', message: 'cannot report to themselves' });
    if (problems.length) throw validationFailed('staff change is invalid', problems);
    this.assertMayManage(principal, roles, propertyIds);
    await this.db.tx(async (em) => {
      if ((await em.count(Property, { id: { $in: propertyIds } })) !== propertyIds.length)
        throw validationFailed('staff change is invalid', [
          { field: 'propertyIds', message: 'unknown property' },
        ]);
      if (input.managerId && !(isUuid(input.managerId) && (await em.count(Staff, { id: input.managerId }))))
        throw validationFailed('staff change is invalid', [
          { field: 'managerId', message: 'unknown staff member' },
        ]);
    }, principal);
    const admin = this.adminOf(tenant.cell);
    await admin.updateUser(tenant.realm, staff.keycloakUserId, { name, roles, propertyIds });
    const scopeChanged = !sameSet(roles, staff.roles) || !sameSet(propertyIds, staff.propertyIds);
    return this.db.tx(async (em) => {
      const s = await em.findOneOrFail(Staff, { id });
      Object.assign(s, { name, roles, propertyIds, managerId: input.managerId ?? s.managerId });
      if (scopeChanged) revokeInTx(em, 'user', s.keycloakUserId, 'roles or properties changed');
      await em.flush();
      await publishInTx(em, Events.staffChanged, {
        staffId: s.id,
        userId: s.keycloakUserId,
        name: s.name,
        roles: s.roles,
        propertyIds: s.propertyIds,
        managerId: s.managerId ?? undefined,
      });
      return s;
    }, principal);
  }

  /** Site managers manage site staff of their own sites; company-wide staff only HQ/ADMIN; ADMIN only ADMIN. */
  private assertMayManage(principal: Principal, roles: StaffRole[], propertyIds: string[]): void {
    if (principal.propertyScope !== 'ALL') {
      if (roles.some((r) => COMPANY_WIDE_ROLES.includes(r)))
        throw forbidden('only HQ or ADMIN may manage HQ or ADMIN staff');
      if (propertyIds.some((id) => !(principal.propertyScope as string[]).includes(id)))
        throw forbidden('this person works on a property outside your scope');
    }
    if (roles.includes(StaffRole.ADMIN) && !principal.roles.includes(StaffRole.ADMIN))
      throw forbidden('only ADMIN may manage ADMIN staff');
  }

  private async load(principal: Principal, id: string): Promise<{ staff: Staff; tenant: Tenant }> {
    return this.db.tx(async (em) => {
      const staff = isUuid(id) ? await em.findOne(Staff, { id }) : null;
      if (!staff) throw notFound('staff member');
      if (
        principal.propertyScope !== 'ALL' &&
        !staff.propertyIds.some((p) => (principal.propertyScope as string[]).includes(p))
      )
        throw notFound('staff member');
      return { staff, tenant: await em.findOneOrFail(Tenant, { id: principal.tenantId }) };
    }, principal);
  }

  private adminOf(cell: string): KeycloakAdmin {
    const admin = this.cells.find((c) => c.cell.name === cell);
    if (!admin) throw new Error(`tenant's Keycloak cell ${cell} is not configured`);
    return admin;
  }

  /**
   * The people working on one property, optionally of one role; those who left are not listed.
   * A site has a few dozen staff: one bounded list, no pages. Out-of-scope properties look absent
   * (NOT_FOUND).
   */
  async onProperty(principal: Principal, propertyId: string, role?: StaffRole): Promise<Staff[]> {
    if (!isUuid(propertyId)) return [];
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(
      (em) =>
        em.find(
          Staff,
          {
            propertyIds: { $contains: [propertyId] },
            leftAt: null,
            ...(role ? { roles: { $contains: [role] } } : {}),
          },
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

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
