import { Migration } from '@mikro-orm/migrations';
import { inboxTenantKeySql } from '@pm/events';

/** The inbox is keyed by consumer, tenant and event id (libs/events inboxTenantKeySql). */
export class Migration20261206100000 extends Migration {
  override async up(): Promise<void> {
    for (const s of inboxTenantKeySql()) this.addSql(s);
  }
}
