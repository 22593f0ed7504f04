import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '@pm/db';
import { jobsTablesSql } from '@pm/jobs';

/**
 * Dunning becomes a daily job per property on libs/jobs (it was a timer over billing_tenants):
 * the job table, then one pending pass for every property billing already knows, due at once —
 * the pass itself moves the job on to the property's run hour.
 */
export class Migration20261202200000 extends Migration {
  override async up(): Promise<void> {
    for (const s of jobsTablesSql(APP_ROLE)) this.addSql(s);
    this.addSql(`insert into scheduled_jobs (id, tenant_id, kind, run_at, payload, singleton_key)
      select gen_random_uuid(), tenant_id, 'billing.dunning', now(), jsonb_build_object('propertyId', id::text),
             'dunning:' || id::text
        from property_projection;`);
    this.addSql('drop table billing_tenants;');
  }
}
