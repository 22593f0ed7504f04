import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** Community events and the follow-up visits owed to their participants and to new customers (R-VIS-2). */
export class Migration20261208050003 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table community_events (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      name text not null,
      held_on date not null,
      participant_ids jsonb not null,
      created_at timestamptz not null default now()
    );`);
    for (const s of tenantTableSql('community_events', APP_ROLE)) this.addSql(s);
    this.addSql(`create table customer_follow_ups (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      kind text not null check (kind in ('EVENT','NEW_CUSTOMER')),
      source_id uuid not null,
      customer_id uuid not null references customers (id),
      due_on date not null,
      visited_on date,
      method text check (method in ('PHONE','ON_SITE')),
      satisfaction int,
      notes text,
      visited_by text,
      created_at timestamptz not null default now(),
      constraint customer_follow_ups_source_key unique (tenant_id, kind, source_id, customer_id)
    );`);
    this.addSql(
      `create index customer_follow_ups_due_idx on customer_follow_ups (tenant_id, property_id, due_on);`,
    );
    for (const s of tenantTableSql('customer_follow_ups', APP_ROLE)) this.addSql(s);
  }
}
