import { Migration } from '@mikro-orm/migrations';

/** Staff who left (deactivateStaff) keep their row, with the time they left. */
export class Migration20261207120005 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table staff add column left_at timestamptz;`);
  }
}
