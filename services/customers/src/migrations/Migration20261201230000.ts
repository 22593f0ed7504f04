import { Migration } from '@mikro-orm/migrations';
import { singletonJobsSql } from '@pm/jobs';

/** The job table joins libs/jobs: singleton (periodic) jobs need a key, one pending row per key. */
export class Migration20261201230000 extends Migration {
  override async up(): Promise<void> {
    for (const s of singletonJobsSql()) this.addSql(s);
  }
}
