import { Migration } from '@mikro-orm/migrations';

/** R-BIL-10: the renovation whose acceptance started a deposit's refund period, and the day it was due. */
export class Migration20261208040004 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table deposits add column renovation_id uuid, add column acceptance_due_on date;`);
  }
}
