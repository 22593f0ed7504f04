import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '@pm/db';
import { storedDocumentsSql } from '@pm/documents';

/** Release passes as printed (R-DOC-4): the goods and the issuing staff; the bytes behind signed links. */
export class Migration20261207100002 extends Migration {
  override async up(): Promise<void> {
    for (const s of [
      `alter table move_out_requests add column goods_description text, add column created_by_name text;`,
      ...storedDocumentsSql(APP_ROLE),
    ])
      this.addSql(s);
  }
}
