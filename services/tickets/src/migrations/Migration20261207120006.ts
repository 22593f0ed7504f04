import { Migration } from '@mikro-orm/migrations';

/** The staff projection remembers who left (staff.left): they are not dispatched to. */
export class Migration20261207120006 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table tkt_staff add column left_at timestamptz;`);
  }
}
