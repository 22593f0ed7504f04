import { Migration } from '@mikro-orm/migrations';

/** The staff projection remembers the day someone left (staff.left): their later periods are released. */
export class Migration20261207120007 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table staff_members add column left_on date;`);
  }
}
