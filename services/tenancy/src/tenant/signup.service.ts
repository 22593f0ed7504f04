import { ErrorCode, Events } from '@pm/contracts';
import { Database, uuidv7 } from '@pm/db';
import { publishInTx } from '@pm/events';
import { DomainError, validationFailed } from '@pm/graphql';
import { Logger } from '@pm/observability';
import { systemContext, runWithTenant } from '@pm/tenant-context';
import { realmForSlug } from '@pm/auth';
import { StaffRole } from '@pm/contracts';
import { Tenant } from './tenant.entity';
import { KeycloakAdmin, KeycloakConflict } from './keycloak-admin';
import { SignUpInput, SignUpResult } from './signup.inputs';
import { signUpProblems } from './signup.rules';
import { placeCompany } from './cells';
import { SignUpLimiter } from './signup.limiter';
import { companiesPerCell } from './tenant.queries';
import { Staff } from '../staff/staff.entity';

export class SignUpService {
  constructor(
    private db: Database,
    private cells: KeycloakAdmin[],
    private log: Logger,
    private limiter: SignUpLimiter,
    /** KEYCLOAK_REALMS_PER_CELL: where a cell counts as full (cells.ts). */
    private realmsPerCell: number,
  ) {}

  /**
   * Realm first (one atomic Keycloak call holding roles, client and admin user), rows
   * second; if the rows fail the realm is deleted, so no half-made company remains.
   */
  async signUp(input: SignUpInput): Promise<SignUpResult> {
    const slug = input.slug.trim();
    const email = input.adminEmail.trim().toLowerCase();
    const problems = signUpProblems({ ...input, slug, adminEmail: email });
    if (problems.length) throw validationFailed('sign-up is invalid', problems);
    if (await this.db.platformTx((em) => em.count(Tenant, { slug }))) throw slugTaken();

    const admin = await this.pickCell();
    await this.limiter.admitCell(admin.cell.name);
    const tenantId = uuidv7();
    const realm = realmForSlug(slug);
    let adminUserId: string;
    try {
      adminUserId = await admin.createRealm({
        realm,
        tenantId,
        displayName: input.companyName.trim(),
        adminEmail: email,
        adminPassword: input.adminPassword,
      });
    } catch (e) {
      if (e instanceof KeycloakConflict) throw slugTaken();
      await admin.deleteRealm(realm).catch(() => undefined);
      throw e;
    }
    try {
      await runWithTenant(systemContext(tenantId), () =>
        this.db.tx(async (em) => {
          const t = em.create(Tenant, {
            id: tenantId,
            slug,
            name: input.companyName.trim(),
            realm,
            cell: admin.cell.name,
            adminEmail: email,
            createdAt: new Date(),
          });
          const staff = em.create(Staff, {
            keycloakUserId: adminUserId,
            email,
            name: `${input.companyName.trim()} admin`,
            roles: [StaffRole.ADMIN],
            propertyIds: [],
          });
          await em.flush();
          await publishInTx(em, Events.tenantCreated, {
            tenantId,
            slug,
            name: t.name,
            realm,
            cell: admin.cell.name,
          });
          await publishInTx(em, Events.staffJoined, {
            staffId: staff.id,
            userId: adminUserId,
            name: staff.name,
            email,
            roles: staff.roles,
            propertyIds: [],
          });
        }),
      );
    } catch (e) {
      await admin
        .deleteRealm(realm)
        .catch((err) => this.log.error('could not delete realm after failed sign-up', { realm, err }));
      if (String((e as Error).message).includes('tenants_slug_key')) throw slugTaken();
      throw e;
    }
    this.log.info('company signed up', { tenantId, realm, cell: admin.cell.name });
    return { tenantId, realm, adminUsername: email };
  }

  private async pickCell(): Promise<KeycloakAdmin> {
    const counts = await this.db.platformTx(companiesPerCell);
    const { admin, overflow } = placeCompany(this.cells, counts, this.realmsPerCell);
    if (overflow)
      this.log.error('every Keycloak cell holds KEYCLOAK_REALMS_PER_CELL companies: add a cell', {
        cell: admin.cell.name,
        realmsPerCell: this.realmsPerCell,
        companies: counts.get(admin.cell.name) ?? 0,
      });
    return admin;
  }
}

const slugTaken = () =>
  new DomainError(ErrorCode.VALIDATION_FAILED, 'slug is already taken', {
    problems: [{ field: 'slug', message: 'is already taken' }],
  });
