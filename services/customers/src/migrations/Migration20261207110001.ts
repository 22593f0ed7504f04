import { Migration } from '@mikro-orm/migrations';

/** Issue 14: an import's row report as codes (row, column, problem), read in either language. */
export class Migration20261207110001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table customer_imports add column problems jsonb not null default '[]'`);
  }
}
