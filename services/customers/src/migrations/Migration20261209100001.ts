import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantsWithRowsSql } from '@pm/db';

/** The companies with occupancies or sublets, for the snapshots of a consumer added late. */
export class Migration20261209100001 extends Migration {
  override async up(): Promise<void> {
    for (const s of [
      ...tenantsWithRowsSql('occupancies', APP_ROLE),
      ...tenantsWithRowsSql('sublets', APP_ROLE),
    ])
      this.addSql(s);
  }
}
