import { Migration } from '@mikro-orm/migrations';
import { outboxQuarantineSql } from '@pm/events';

/** An outbox row that can never be published is quarantined, not retried for ever (libs/events sql.ts). */
export class Migration20261207150006 extends Migration {
  override async up(): Promise<void> {
    for (const s of outboxQuarantineSql()) this.addSql(s);
  }
}
