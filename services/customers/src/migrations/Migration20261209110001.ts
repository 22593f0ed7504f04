import { Migration } from '@mikro-orm/migrations';

/**
 * The dashboard's customer KPIs (R-KPI-4, R-KPI-9) count a property's customers, move-ins and
 * move-outs of each month: ranges within the property, where occupancies had no property index
 * at all (every month of every property read the company's occupancies).
 */
export class Migration20261209110001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index customers_property_created_idx on customers (tenant_id, property_id, created_at);`,
    );
    this.addSql(
      `create index occupancies_property_start_idx on occupancies (tenant_id, property_id, start_date);`,
    );
    this.addSql(
      `create index occupancies_property_end_idx on occupancies (tenant_id, property_id, end_date);`,
    );
  }
}
