import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '@pm/db';
import { storedDocumentsSql } from '@pm/documents';
import { jobsTablesSql } from '@pm/jobs';

/**
 * Exported appraisal registers (issue 14): the bytes behind signed links, and the job table
 * whose runner purges them when they expire.
 */
export class Migration20261208010001 extends Migration {
  override async up(): Promise<void> {
    for (const s of [...storedDocumentsSql(APP_ROLE), ...jobsTablesSql(APP_ROLE)]) this.addSql(s);
  }
}
