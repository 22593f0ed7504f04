import { Migration } from '@mikro-orm/migrations';

/** R-CUS-2: a customer's potential, graded beside the segment. */
export class Migration20261208050004 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table customers add column potential text not null default 'NORMAL';`);
  }
}
