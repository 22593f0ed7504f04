import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '@pm/db';
import { fairDueJobsFunctionSql } from '@pm/jobs';

/** Due scheduled jobs are taken turn by turn across tenants (no company's backlog delays another's). */
export class Migration20261209010001 extends Migration {
  override async up(): Promise<void> {
    for (const s of fairDueJobsFunctionSql(APP_ROLE)) this.addSql(s);
  }
}
