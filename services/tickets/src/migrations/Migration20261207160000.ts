import { Migration } from '@mikro-orm/migrations';

/** A visit task names the staff member answerable for it, so a missed visit can be cited (R-APR-7). */
export class Migration20261207160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table visit_tasks add column responsible_staff_id uuid;`);
  }
}
