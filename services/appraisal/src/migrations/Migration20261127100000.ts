import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, RELAY_ROLE, RLS_FUNCTION_SQL, tenantTableSql } from '@pm/db';
import { eventsTablesSql } from '@pm/events';
import { policyProjectionSql } from '@pm/policy';

export class Migration20261127100000 extends Migration {
  override async up(): Promise<void> {
    const sql = [
      RLS_FUNCTION_SQL,
      // Projections (from tenancy events only).
      `create table properties (
        id uuid primary key,
        tenant_id uuid not null,
        name text not null,
        time_zone text not null,
        created_at timestamptz not null default now()
      );`,
      ...tenantTableSql('properties', APP_ROLE),
      `create table staff_members (
        id uuid primary key,
        tenant_id uuid not null,
        user_id uuid not null,
        name text not null,
        roles text[] not null,
        property_ids text[] not null default '{}',
        manager_id uuid,
        joined_on date not null,
        created_at timestamptz not null default now()
      );`,
      `create index staff_members_user_idx on staff_members (tenant_id, user_id);`,
      ...tenantTableSql('staff_members', APP_ROLE),
      // Checks and their findings (R-APR-1..6).
      `create table checks (
        id uuid primary key,
        tenant_id uuid not null,
        staff_id uuid not null,
        checker_staff_id uuid,
        checker_user_id uuid not null,
        kind text not null check (kind in ('DAILY','WEEKLY','MONTHLY','SPOT')),
        date date not null,
        sheet text not null check (sheet in ('STAFF','MANAGER')),
        template jsonb not null,
        commendation_points int,
        evidence_ticket_ids text[] not null default '{}',
        total_at_record double precision not null,
        created_at timestamptz not null default now()
      );`,
      `create index checks_staff_date_idx on checks (tenant_id, staff_id, date);`,
      `create index checks_date_idx on checks (tenant_id, date);`,
      ...tenantTableSql('checks', APP_ROLE),
      `create table findings (
        id uuid primary key,
        tenant_id uuid not null,
        check_id uuid not null references checks (id),
        staff_id uuid not null,
        item text not null,
        severity text not null check (severity in ('GENERAL','SERIOUS','CONSEQUENTIAL')),
        points double precision not null check (points > 0),
        reason text not null,
        root_cause text,
        evidence_ticket_ids text[] not null default '{}',
        suggestion_id uuid,
        status text not null default 'ACTIVE' check (status in ('ACTIVE','OVERTURNED')),
        created_at timestamptz not null default now()
      );`,
      `create index findings_check_idx on findings (check_id);`,
      ...tenantTableSql('findings', APP_ROLE),
      // Evidence from operations (R-APR-7): one suggestion per source event.
      `create table suggestions (
        id uuid primary key,
        tenant_id uuid not null,
        staff_id uuid not null,
        property_id uuid,
        item text not null,
        source_type text not null,
        source_event_id uuid not null,
        ticket_id uuid,
        reason text not null,
        status text not null default 'SUGGESTED' check (status in ('SUGGESTED','ACCEPTED','DISMISSED')),
        dismiss_reason text,
        finding_id uuid,
        decided_by_user_id uuid,
        created_at timestamptz not null default now(),
        unique (tenant_id, source_event_id)
      );`,
      `create index suggestions_staff_idx on suggestions (tenant_id, staff_id, status);`,
      ...tenantTableSql('suggestions', APP_ROLE),
      `create table appeals (
        id uuid primary key,
        tenant_id uuid not null,
        finding_id uuid not null unique references findings (id),
        staff_id uuid not null,
        reason text not null,
        status text not null default 'PENDING' check (status in ('PENDING','UPHELD','REJECTED')),
        decided_by_user_id uuid,
        decided_at timestamptz,
        created_at timestamptz not null default now()
      );`,
      ...tenantTableSql('appeals', APP_ROLE),
      ...policyProjectionSql(APP_ROLE),
      ...eventsTablesSql(APP_ROLE, RELAY_ROLE),
    ];
    for (const s of sql) this.addSql(s);
  }
}
