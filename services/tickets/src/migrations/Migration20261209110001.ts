import { Migration } from '@mikro-orm/migrations';

/**
 * The dashboard's service KPIs (R-KPI-1…7) count a property's tickets and visit tasks of each
 * month: ranges of created_at within the property, not every ticket of the property per month.
 */
export class Migration20261209110001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index tickets_property_created_idx on tickets (tenant_id, property_id, created_at);`);
    this.addSql(
      `create index visit_tasks_property_created_idx on visit_tasks (tenant_id, property_id, created_at);`,
    );
  }
}
