import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, RELAY_ROLE, RLS_FUNCTION_SQL, tenantTableSql } from '@pm/db';
import { eventsTablesSql } from '@pm/events';
import { policyProjectionSql } from '@pm/policy';

/** Tables of the customers subgraph; every table with tenant_id gets RLS. */
const TABLES: [string, string][] = [
  [
    'property_projection',
    `create table property_projection (
      id uuid primary key,
      tenant_id uuid not null,
      name text not null,
      time_zone text not null
    );`,
  ],
  [
    'unit_projection',
    `create table unit_projection (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      building text not null,
      number text not null
    );`,
  ],
  [
    'customers',
    `create table customers (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      kind text not null check (kind in ('OWNER','LESSEE','OCCUPANT','EXTERNAL')),
      name text not null,
      phone_enc text not null,
      phone_hash text not null,
      id_number_enc text,
      id_number_hash text,
      birthday date,
      email text,
      industry text,
      preferences jsonb not null default '[]',
      household jsonb not null default '[]',
      segment text not null default 'PROSPECT',
      paid_bills int not null default 0,
      paid_on_time int not null default 0,
      paid_fen bigint not null default 0,
      tickets_closed int not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );`,
  ],
  [
    'occupancies',
    `create table occupancies (
      id uuid primary key,
      tenant_id uuid not null,
      customer_id uuid not null references customers (id),
      unit_id uuid not null,
      property_id uuid not null,
      kind text not null,
      start_date date not null,
      end_date date,
      checklist jsonb not null,
      meter_readings jsonb not null default '[]',
      keys_handed_over int not null default 0,
      keys_retained int not null default 0,
      created_at timestamptz not null default now()
    );`,
  ],
  [
    'move_in_notices',
    `create table move_in_notices (
      id uuid primary key,
      tenant_id uuid not null,
      customer_id uuid not null references customers (id),
      unit_id uuid not null,
      property_id uuid not null,
      deadline date not null,
      status text not null default 'SENT',
      reminded_at timestamptz,
      escalated_at timestamptz,
      created_at timestamptz not null default now()
    );`,
  ],
  [
    'move_out_requests',
    `create table move_out_requests (
      id uuid primary key,
      tenant_id uuid not null,
      customer_id uuid not null references customers (id),
      unit_id uuid not null,
      property_id uuid not null,
      occupancy_id uuid not null references occupancies (id),
      planned_date date not null,
      reason text not null,
      status text not null,
      owner_consent boolean not null default false,
      cleared boolean not null default false,
      cards_returned boolean not null default false,
      new_owner_id uuid references customers (id),
      release_pass_number text,
      blocked_reason text,
      decided_at timestamptz,
      created_by text,
      created_at timestamptz not null default now(),
      unique (tenant_id, release_pass_number)
    );`,
  ],
  [
    'move_out_register',
    `create table move_out_register (
      id uuid primary key,
      tenant_id uuid not null,
      request_id uuid not null unique references move_out_requests (id),
      property_id uuid not null,
      customer_id uuid not null,
      unit_id uuid not null,
      release_pass_number text not null,
      planned_date date not null,
      issued_at timestamptz not null default now()
    );`,
  ],
  [
    'release_pass_counters',
    `create table release_pass_counters (
      tenant_id uuid not null,
      year int not null,
      last_value int not null,
      primary key (tenant_id, year)
    );`,
  ],
  [
    'sublets',
    `create table sublets (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      unit_id uuid not null,
      owner_id uuid not null references customers (id),
      lessee_id uuid not null references customers (id),
      start_date date not null,
      end_date date,
      fee_payers jsonb not null,
      created_at timestamptz not null default now()
    );`,
  ],
  [
    'archives',
    `create table archives (
      id uuid primary key,
      tenant_id uuid not null,
      customer_id uuid not null unique references customers (id),
      property_id uuid not null,
      status text not null default 'ACTIVE',
      department text not null default 'CUSTOMER_SERVICE',
      created_at timestamptz not null default now()
    );`,
  ],
  [
    'archive_documents',
    `create table archive_documents (
      id uuid primary key,
      tenant_id uuid not null,
      archive_id uuid not null references archives (id),
      section text not null,
      name text not null,
      storage_key text,
      content_type text,
      size_bytes int not null default 0,
      added_by text,
      created_at timestamptz not null default now()
    );`,
  ],
  [
    'archive_access_log',
    `create table archive_access_log (
      id uuid primary key,
      tenant_id uuid not null,
      archive_id uuid not null,
      customer_id uuid not null,
      actor_id text,
      action text not null,
      purpose text not null,
      at timestamptz not null default now()
    );`,
  ],
  [
    'archive_loans',
    `create table archive_loans (
      id uuid primary key,
      tenant_id uuid not null,
      archive_id uuid not null references archives (id),
      customer_id uuid not null,
      property_id uuid not null,
      borrower_id text not null,
      purpose text not null,
      term text not null,
      days int not null,
      status text not null,
      approved_by text,
      approved_at timestamptz,
      due_at timestamptz,
      returned_at timestamptz,
      renewals int not null default 0,
      created_at timestamptz not null default now()
    );`,
  ],
  [
    'archive_dispositions',
    `create table archive_dispositions (
      id uuid primary key,
      tenant_id uuid not null,
      archive_id uuid not null references archives (id),
      kind text not null check (kind in ('TRANSFER','DESTROY')),
      to_department text,
      reason text not null,
      status text not null,
      requested_by text,
      approved_by text,
      approved_at timestamptz,
      handover_signed_by text,
      created_at timestamptz not null default now()
    );`,
  ],
  [
    'pii_access_log',
    `create table pii_access_log (
      id uuid primary key,
      tenant_id uuid not null,
      actor_id text,
      customer_id uuid not null,
      field text not null,
      at timestamptz not null default now()
    );`,
  ],
  [
    'customer_imports',
    `create table customer_imports (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      status text not null,
      total int not null,
      processed int not null default 0,
      created int not null default 0,
      unchanged int not null default 0,
      rejected jsonb not null default '[]',
      created_by text,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );`,
  ],
  [
    'scheduled_jobs',
    `create table scheduled_jobs (
      id uuid primary key,
      tenant_id uuid not null,
      kind text not null,
      run_at timestamptz not null,
      payload jsonb not null,
      status text not null default 'PENDING',
      attempts int not null default 0,
      last_error text,
      done_at timestamptz,
      created_at timestamptz not null default now()
    );`,
  ],
  [
    'notices',
    `create table notices (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      kind text not null,
      title text not null,
      body text not null,
      status text not null,
      created_by text,
      approved_by text,
      approved_at timestamptz,
      sent_at timestamptz,
      created_at timestamptz not null default now()
    );`,
  ],
  [
    'notice_deliveries',
    `create table notice_deliveries (
      id uuid primary key,
      tenant_id uuid not null,
      notice_id uuid not null references notices (id),
      customer_id uuid not null references customers (id),
      delivered_at timestamptz not null default now(),
      receipt_signed_by text,
      receipt_signed_at timestamptz,
      unique (notice_id, customer_id)
    );`,
  ],
  [
    'bill_dues',
    `create table bill_dues (
      bill_id uuid primary key,
      tenant_id uuid not null,
      customer_id uuid,
      due_date date not null
    );`,
  ],
  [
    'customer_visits',
    `create table customer_visits (
      visit_id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      customer_id uuid not null,
      at timestamptz not null
    );`,
  ],
];

export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    const sql: string[] = [RLS_FUNCTION_SQL];
    for (const [table, create] of TABLES) sql.push(create, ...tenantTableSql(table, APP_ROLE));
    sql.push(
      `create index customers_property_idx on customers (tenant_id, property_id, id);`,
      `create unique index customers_id_number_uq on customers (tenant_id, property_id, id_number_hash) where id_number_hash is not null;`,
      `create index customers_phone_idx on customers (tenant_id, property_id, phone_hash);`,
      // R-CUS-1: a unit has at most one current owner.
      `create unique index occupancies_one_owner_uq on occupancies (tenant_id, unit_id) where kind = 'OWNER' and end_date is null;`,
      `create index occupancies_customer_idx on occupancies (tenant_id, customer_id);`,
      `create index occupancies_unit_idx on occupancies (tenant_id, unit_id);`,
      `create index scheduled_jobs_due_idx on scheduled_jobs (run_at) where status = 'PENDING';`,
      `create index archive_loans_due_idx on archive_loans (tenant_id, status, due_at);`,
      `create index pii_access_log_customer_idx on pii_access_log (tenant_id, customer_id, at);`,
      // The scheduler must find due jobs of every tenant, but pm_app has no BYPASSRLS: this
      // definer function (owned by the migrating superuser) lists only ids and tenants of due
      // jobs; each job is then locked and run inside its own tenant's transaction under RLS.
      `create or replace function due_scheduled_jobs(p_now timestamptz, p_limit int)
        returns table (id uuid, tenant_id uuid) language sql stable security definer set search_path = public as $$
          select j.id, j.tenant_id from scheduled_jobs j
           where j.status = 'PENDING' and j.run_at <= p_now order by j.run_at limit p_limit $$;`,
      `revoke all on function due_scheduled_jobs(timestamptz, int) from public;`,
      `grant execute on function due_scheduled_jobs(timestamptz, int) to "${APP_ROLE}";`,
      ...eventsTablesSql(APP_ROLE, RELAY_ROLE),
      ...policyProjectionSql(APP_ROLE),
    );
    for (const s of sql) this.addSql(s);
  }
}
