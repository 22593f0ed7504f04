import { Migration } from '@mikro-orm/migrations';

/** Partner clients carry their OAuth scopes (libs/contracts scopes.ts); apps made before have none. */
export class Migration20261207120001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table partner_clients add column scopes text[] not null default '{}';`);
  }
}
