import { Migration } from '@mikro-orm/migrations';

export class Migration20261127020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table staff add column manager_id uuid references staff (id);');
  }
}
