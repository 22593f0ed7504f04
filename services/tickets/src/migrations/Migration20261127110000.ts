import { Migration } from '@mikro-orm/migrations';

/** Sampling by closure sequence (R-VIS-2): exact rates instead of a hash's average. */
export class Migration20261127110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table visit_tasks add column sequence_no integer not null default 0;`);
    this.addSql(`alter table visit_tasks add column ticket_kind text not null default 'REPAIR';`);
    this.addSql(`create index visit_tasks_seq_idx on visit_tasks (tenant_id, property_id, ticket_kind);`);
  }
}
