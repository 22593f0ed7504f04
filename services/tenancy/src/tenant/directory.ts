import { TenantDirectory, TenantEntry } from '@pm/auth';
import { Database } from '@pm/db';
import { Tenant } from './tenant.entity';

/** The registry itself: every other deployable reads it through tenancy's internal endpoint. */
export class DbDirectory implements TenantDirectory {
  constructor(private db: Database) {}

  async byRealm(realm: string): Promise<TenantEntry | undefined> {
    const t = await this.db.platformTx((em) => em.findOne(Tenant, { realm }));
    return t ? { tenantId: t.id, realm: t.realm, cell: t.cell } : undefined;
  }
}
