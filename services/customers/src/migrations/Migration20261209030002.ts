import { Migration } from '@mikro-orm/migrations';

/**
 * Properties known before R-CUS-9's inspection cycle and R-ARC-4's scheduled check get their
 * jobs now: each run creates this cycle's inspection or keeps this month's check, then re-arms
 * itself from the policy in the property's time zone.
 */
export class Migration20261209030002 extends Migration {
  override async up(): Promise<void> {
    for (const [kind, key] of [
      ['customers.fire-safety-inspection', 'fire-safety:'],
      ['customers.archive-completeness', 'archive-completeness:'],
    ])
      this.addSql(`insert into scheduled_jobs (id, tenant_id, kind, run_at, payload, singleton_key)
        select gen_random_uuid(), tenant_id, '${kind}', now(), jsonb_build_object('propertyId', id::text),
               '${key}' || id::text
          from property_projection;`);
  }
}
