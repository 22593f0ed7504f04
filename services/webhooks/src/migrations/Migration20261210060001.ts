import { Migration } from '@mikro-orm/migrations';
import { RELAY_ROLE } from '@pm/db';
import { eventsRetentionSql } from '@pm/events';

/** The relay deletes published outbox rows and old inbox rows, so they stop growing (libs/events sql.ts). */
export class Migration20261210060001 extends Migration {
  override async up(): Promise<void> {
    for (const s of eventsRetentionSql(RELAY_ROLE)) this.addSql(s);
  }
}
