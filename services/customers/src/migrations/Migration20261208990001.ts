import { Migration } from '@mikro-orm/migrations';
import { distributionKeysSql } from '@pm/db';

/**
 * tenant_id leads every tenant table's primary key and every foreign key between them, so the
 * database can be distributed by tenant_id (deploy/README-deploy.md, "PostgreSQL distribution").
 */
export class Migration20261208990001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(distributionKeysSql);
  }
}
