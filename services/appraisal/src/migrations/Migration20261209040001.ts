import { Migration } from '@mikro-orm/migrations';

/** The decider of an appeal says why: the appellant and the checker read it on the sheet. */
export class Migration20261209040001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table appeals add column decision_reason text;`);
  }
}
