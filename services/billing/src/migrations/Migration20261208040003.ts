import { Migration } from '@mikro-orm/migrations';

/**
 * R-BIL-8: a payment counts from the day its bank receipt arrived. Payments recorded before kept
 * only the payment time, which is what they were counted from: that day, in their bill's zone.
 */
export class Migration20261208040003 extends Migration {
  override async up(): Promise<void> {
    for (const s of [
      `alter table payments add column received_on date;`,
      `update payments p set received_on = (p.paid_at at time zone b.time_zone)::date from bills b where b.id = p.bill_id;`,
      `alter table payments alter column received_on set not null;`,
    ])
      this.addSql(s);
  }
}
