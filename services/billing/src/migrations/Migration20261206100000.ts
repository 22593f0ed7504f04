import { Migration } from '@mikro-orm/migrations';

/** An occupancy.ended heard before its occupancy.started leaves a row without start or kind. */
export class Migration20261206100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table occupancy_projection alter column kind drop not null;');
    this.addSql('alter table occupancy_projection alter column start_date drop not null;');
  }
}
