import { Migration } from '@mikro-orm/migrations';
import { inboxTenantKeySql, outboxOwnDomainSql } from '@pm/events';

/**
 * The inbox is keyed by consumer, tenant and event id; the outbox holds only this service's
 * own domain's events (libs/events sql.ts).
 */
export class Migration20261206100000 extends Migration {
  override async up(): Promise<void> {
    for (const s of [...inboxTenantKeySql(), ...outboxOwnDomainSql('appraisal')]) this.addSql(s);
  }
}
