import { Migration } from '@mikro-orm/migrations';

/**
 * R-BIL-3: each bill keeps the collection window it was issued with. Bills made before opened
 * theirs on the 1st of the due month (the policy default then in force).
 */
export class Migration20261208040002 extends Migration {
  override async up(): Promise<void> {
    for (const s of [
      `alter table bills add column collection_opens_on date;`,
      `update bills set collection_opens_on = date_trunc('month', due_date)::date;`,
      `alter table bills alter column collection_opens_on set not null;`,
    ])
      this.addSql(s);
  }
}
