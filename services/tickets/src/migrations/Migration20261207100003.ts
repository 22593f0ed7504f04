import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '@pm/db';
import { storedDocumentsSql } from '@pm/documents';
import { jobsTablesSql } from '@pm/jobs';

/**
 * Printed visit records (R-DOC-5): the unit's building and number for the record, the bytes
 * behind signed links, and the job table whose runner purges them when they expire.
 */
export class Migration20261207100003 extends Migration {
  override async up(): Promise<void> {
    for (const s of [
      `alter table tkt_units add column building text not null default '', add column number text not null default '';`,
      ...storedDocumentsSql(APP_ROLE),
      ...jobsTablesSql(APP_ROLE),
    ])
      this.addSql(s);
  }
}
