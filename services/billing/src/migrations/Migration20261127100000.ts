import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, RELAY_ROLE, RLS_FUNCTION_SQL, tenantTableSql } from '@pm/db';
import { eventsTablesSql } from '@pm/events';
import { policyProjectionSql } from '@pm/policy';

/** Tables of the billing subgraph; every table with tenant_id gets RLS. Money is bigint fen. */
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
    'units_projection',
    `create table units_projection (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      building text not null,
      number text not null,
      area_sqm numeric(12, 2) not null,
      kind text not null
    );`,
  ],
  [
    'occupancy_projection',
    `create table occupancy_projection (
      id uuid primary key,
      tenant_id uuid not null,
      customer_id uuid not null,
      unit_id uuid not null,
      property_id uuid not null,
      kind text not null,
      start_date date not null,
      end_date date
    );`,
  ],
  [
    'fee_schedules',
    `create table fee_schedules (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      effective_from date not null,
      management_fen_per_sqm int not null check (management_fen_per_sqm >= 0),
      water_fen_per_unit int not null check (water_fen_per_unit >= 0),
      electricity_fen_per_unit int not null check (electricity_fen_per_unit >= 0),
      gas_fen_per_unit int not null check (gas_fen_per_unit >= 0),
      set_by text,
      created_at timestamptz not null default now(),
      unique (tenant_id, property_id, effective_from)
    );`,
  ],
  [
    'meter_readings',
    `create table meter_readings (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      unit_id uuid not null,
      meter text not null check (meter in ('WATER','ELECTRICITY','GAS')),
      reading numeric(14, 3) not null check (reading >= 0),
      read_at timestamptz not null,
      consumption numeric(14, 3),
      status text not null check (status in ('ACCEPTED','PENDING_CONFIRMATION')),
      source text not null check (source in ('MANUAL','HANDOVER')),
      reader_id text,
      confirmed_by text,
      created_at timestamptz not null default now()
    );`,
  ],
  [
    'billing_runs',
    `create table billing_runs (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      period text not null,
      status text not null check (status in ('RUNNING','DONE','FAILED')),
      bills_created int not null default 0,
      units_total int not null default 0,
      units_done int not null default 0,
      attempts int not null default 1,
      error text,
      started_by text,
      started_at timestamptz not null default now(),
      finished_at timestamptz,
      unique (tenant_id, property_id, period)
    );`,
  ],
  [
    'bills',
    `create table bills (
      id uuid primary key,
      tenant_id uuid not null,
      run_id uuid,
      property_id uuid not null,
      unit_id uuid not null,
      customer_id uuid,
      period text not null,
      issued_on date not null,
      due_date date not null,
      status text not null check (status in ('ISSUED','PARTIALLY_PAID','PAID')),
      total_fen bigint not null check (total_fen >= 0),
      paid_fen bigint not null default 0 check (paid_fen >= 0 and paid_fen <= total_fen),
      late_fee_rate text not null,
      rounding text not null,
      time_zone text not null,
      enforcement_since date,
      created_at timestamptz not null default now(),
      unique (tenant_id, unit_id, period)
    );`,
  ],
  [
    'bill_lines',
    `create table bill_lines (
      id bigint generated always as identity primary key,
      tenant_id uuid not null,
      bill_id uuid not null,
      kind text not null,
      description text not null,
      quantity numeric(14, 3),
      unit_price_fen int,
      amount_fen bigint not null,
      ticket_id uuid
    );`,
  ],
  [
    'repair_charges',
    `create table repair_charges (
      ticket_id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      unit_id uuid,
      customer_id uuid,
      amount_fen bigint not null check (amount_fen >= 0),
      charges jsonb not null,
      completed_at timestamptz not null,
      bill_id uuid references bills (id),
      created_at timestamptz not null default now()
    );`,
  ],
  [
    'payments',
    `create table payments (
      id uuid primary key,
      tenant_id uuid not null,
      bill_id uuid not null references bills (id),
      property_id uuid not null,
      customer_id uuid,
      amount_fen bigint not null check (amount_fen > 0),
      unallocated_fen bigint not null default 0,
      paid_at timestamptz not null,
      idempotency_key text not null,
      bank_reference text,
      receipt_number text not null,
      status text not null check (status in ('POSTED','REVERSED')),
      recorded_by text,
      reversed_at timestamptz,
      reversed_by text,
      reversal_reason text,
      created_at timestamptz not null default now(),
      unique (tenant_id, idempotency_key)
    );`,
  ],
  [
    'payment_allocations',
    `create table payment_allocations (
      id bigint generated always as identity primary key,
      tenant_id uuid not null,
      payment_id uuid not null references payments (id),
      bill_id uuid not null references bills (id),
      amount_fen bigint not null check (amount_fen > 0),
      paid_on date not null,
      reversed boolean not null default false
    );`,
  ],
  [
    'receipt_counters',
    `create table receipt_counters (
      tenant_id uuid not null,
      year int not null,
      last int not null,
      primary key (tenant_id, year)
    );`,
  ],
  [
    'bill_disputes',
    `create table bill_disputes (
      id uuid primary key,
      tenant_id uuid not null,
      bill_id uuid not null references bills (id),
      reason text not null,
      raised_by text,
      raised_at timestamptz not null default now()
    );`,
  ],
  [
    'bill_deferrals',
    `create table bill_deferrals (
      id uuid primary key,
      tenant_id uuid not null,
      bill_id uuid not null references bills (id),
      until date not null,
      reason text not null,
      granted_by text,
      granted_at timestamptz not null default now()
    );`,
  ],
  [
    'dunning_rounds',
    `create table dunning_rounds (
      id uuid primary key,
      tenant_id uuid not null,
      bill_id uuid not null references bills (id),
      round int not null check (round between 1 and 9),
      scheduled_on date not null,
      responsible_role text not null,
      method text not null,
      generated_at timestamptz not null default now(),
      delivered_at timestamptz,
      delivered_by text,
      signed_receipt boolean not null default false,
      note text,
      unique (tenant_id, bill_id, round)
    );`,
  ],
  [
    'clearance_decisions',
    `create table clearance_decisions (
      request_id uuid primary key,
      tenant_id uuid not null,
      customer_id uuid not null,
      unit_id uuid,
      cleared boolean not null,
      amount_owed_fen bigint not null,
      months_owed int not null,
      decided_at timestamptz not null default now()
    );`,
  ],
  [
    'deposits',
    `create table deposits (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      unit_id uuid not null,
      customer_id uuid,
      kind text not null check (kind in ('RENOVATION','UTILITY','WORKER_PASS')),
      amount_fen bigint not null check (amount_fen > 0),
      deducted_fen bigint not null default 0 check (deducted_fen >= 0 and deducted_fen <= amount_fen),
      received_on date not null,
      accepted_on date,
      refund_due_on date,
      problem text,
      refunded_on date,
      refunded_fen bigint,
      notes jsonb not null default '[]',
      created_at timestamptz not null default now()
    );`,
  ],
  [
    'audit_log',
    `create table audit_log (
      id bigint generated always as identity primary key,
      tenant_id uuid not null,
      entity text not null,
      entity_id uuid not null,
      action text not null,
      actor_id text,
      details jsonb not null default '{}',
      at timestamptz not null default now()
    );`,
  ],
];

export class Migration20261127100000 extends Migration {
  override async up(): Promise<void> {
    const sql = [
      RLS_FUNCTION_SQL,
      // uuidv7 in SQL for the set-based bill run (time-ordered ids keep cursors and indexes right).
      `create or replace function billing_uuidv7() returns uuid language sql volatile as $$
        select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
          substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
          from 1 for 6), 52, 1), 53, 1), 'hex')::uuid $$;`,
      // Platform table (no tenant_id): which tenants billing has seen, for the dunning scheduler.
      `create table billing_tenants (id uuid primary key, seen_at timestamptz not null default now());`,
      `grant select, insert on billing_tenants to "${APP_ROLE}";`,
      ...TABLES.flatMap(([table, ddl]) => [ddl, ...tenantTableSql(table, APP_ROLE)]),
      `create index units_projection_property_idx on units_projection (tenant_id, property_id, id);`,
      `create index occupancy_projection_unit_idx on occupancy_projection (tenant_id, unit_id, start_date desc);`,
      `create index occupancy_projection_customer_idx on occupancy_projection (tenant_id, customer_id);`,
      `create index meter_readings_unit_idx on meter_readings (tenant_id, unit_id, meter, read_at desc);`,
      `create index bills_property_period_idx on bills (tenant_id, property_id, period, id);`,
      `create index bills_customer_idx on bills (tenant_id, customer_id, due_date) where customer_id is not null;`,
      // bill_lines carries no foreign key on purpose: lines are written only with their bill in
      // one statement, and per-row RI triggers would double the cost of a 100,000-bill run.
      `create index bill_lines_bill_idx on bill_lines (bill_id);`,
      `create index repair_charges_unbilled_idx on repair_charges (tenant_id, unit_id) where bill_id is null;`,
      `create index payments_bill_idx on payments (tenant_id, bill_id);`,
      `create index payment_allocations_bill_idx on payment_allocations (tenant_id, bill_id);`,
      `create index payment_allocations_payment_idx on payment_allocations (payment_id);`,
      `create index dunning_rounds_bill_idx on dunning_rounds (tenant_id, bill_id);`,
      `create index deposits_property_idx on deposits (tenant_id, property_id);`,
      `create index audit_log_entity_idx on audit_log (tenant_id, entity_id);`,
      `grant usage on all sequences in schema public to "${APP_ROLE}";`,
      ...eventsTablesSql(APP_ROLE, RELAY_ROLE),
      ...policyProjectionSql(APP_ROLE),
    ];
    for (const s of sql) this.addSql(s);
  }
}
