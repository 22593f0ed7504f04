import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, RELAY_ROLE, RLS_FUNCTION_SQL, tenantTableSql } from '@pm/db';
import { eventsTablesSql } from '@pm/events';
import { policyProjectionSql } from '@pm/policy';

export class Migration20261127100000 extends Migration {
  override async up(): Promise<void> {
    const sql = [
      RLS_FUNCTION_SQL,
      // Projections fed by tenancy events (never read from tenancy's database).
      `create table tkt_properties (
        id uuid primary key,
        tenant_id uuid not null,
        name text not null,
        time_zone text not null,
        created_at timestamptz not null default now()
      );`,
      ...tenantTableSql('tkt_properties', APP_ROLE),
      `create table tkt_units (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        created_at timestamptz not null default now()
      );`,
      ...tenantTableSql('tkt_units', APP_ROLE),
      `create table tkt_staff (
        id uuid primary key,
        tenant_id uuid not null,
        user_id uuid not null,
        name text not null,
        roles text[] not null,
        property_ids text[] not null default '{}',
        manager_id uuid,
        created_at timestamptz not null default now()
      );`,
      `create index tkt_staff_user_idx on tkt_staff (tenant_id, user_id);`,
      ...tenantTableSql('tkt_staff', APP_ROLE),
      // Price list: one row per version of an item; valid_to null = current (R-TKT-2, R-TKT-5).
      `create table price_items (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        code text not null,
        name text not null,
        price_fen integer not null check (price_fen >= 0),
        version integer not null,
        valid_from timestamptz not null,
        valid_to timestamptz,
        created_at timestamptz not null default now(),
        unique (tenant_id, property_id, code, version)
      );`,
      `create unique index price_items_current_idx on price_items (tenant_id, property_id, code) where valid_to is null;`,
      ...tenantTableSql('price_items', APP_ROLE),
      `create table tickets (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        unit_id uuid,
        customer_id uuid,
        kind text not null check (kind in ('REPAIR','COMPLAINT','HELP','PATROL_FINDING')),
        status text not null,
        description text not null,
        priority text,
        public_area boolean not null default false,
        appointment_at timestamptz,
        called_at timestamptz not null,
        price_item_code text,
        category text,
        department text,
        severity text not null default 'GENERAL',
        anonymous boolean not null default false,
        escalated boolean not null default false,
        intake jsonb,
        quote jsonb,
        quote_state text not null default 'NONE',
        assignee_id uuid,
        material_check text,
        refusal_reason text,
        refusal_signatures text[],
        customer_signed boolean,
        charges jsonb not null default '[]',
        charges_fen integer not null default 0,
        merged_into_id uuid,
        round_id uuid,
        reporter_id text,
        dispatched_at timestamptz,
        arrived_at timestamptz,
        first_response_at timestamptz,
        completed_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz not null default now()
      );`,
      `create index tickets_property_idx on tickets (tenant_id, property_id, id);`,
      `create index tickets_customer_idx on tickets (tenant_id, customer_id, id);`,
      ...tenantTableSql('tickets', APP_ROLE),
      // The timeline (R-TKT-11): every state change with actor and time.
      `create table ticket_events (
        id uuid primary key,
        tenant_id uuid not null,
        ticket_id uuid not null references tickets (id),
        action text not null,
        status text not null,
        actor_kind text not null,
        actor_id text,
        at timestamptz not null,
        note text,
        created_at timestamptz not null default now()
      );`,
      `create index ticket_events_ticket_idx on ticket_events (ticket_id, at);`,
      ...tenantTableSql('ticket_events', APP_ROLE),
      // Durable timers: the poller locks due rows with SKIP LOCKED and sets breach_published_at
      // in the transaction that writes the outbox row, so a breach is published exactly once.
      `create table sla_deadlines (
        id uuid primary key,
        tenant_id uuid not null,
        ticket_id uuid not null references tickets (id),
        property_id uuid not null,
        kind text not null,
        rule text not null,
        due_at timestamptz not null,
        state text not null default 'OPEN' check (state in ('OPEN','MET','BREACHED','CANCELLED')),
        met_at timestamptz,
        breach_published_at timestamptz,
        created_at timestamptz not null default now(),
        unique (ticket_id, kind, due_at)
      );`,
      `create index sla_deadlines_due_idx on sla_deadlines (due_at) where breach_published_at is null and state in ('OPEN','BREACHED');`,
      ...tenantTableSql('sla_deadlines', APP_ROLE),
      `create table visit_tasks (
        id uuid primary key,
        tenant_id uuid not null,
        ticket_id uuid not null unique references tickets (id),
        property_id uuid not null,
        due_at timestamptz not null,
        responsible_role text not null,
        severity text not null,
        sample_hash integer not null,
        sample_rule text not null,
        selected boolean not null,
        status text not null check (status in ('OPEN','DONE','NOT_SAMPLED','MISSED')),
        open_issue boolean not null default false,
        promised_reply_at timestamptz,
        visits_count integer not null default 0,
        missed_published_at timestamptz,
        created_at timestamptz not null default now()
      );`,
      `create index visit_tasks_due_idx on visit_tasks (due_at) where missed_published_at is null and status = 'OPEN';`,
      ...tenantTableSql('visit_tasks', APP_ROLE),
      `create table visits (
        id uuid primary key,
        tenant_id uuid not null,
        task_id uuid not null references visit_tasks (id),
        ticket_id uuid not null references tickets (id),
        property_id uuid not null,
        method text not null check (method in ('PHONE','ON_SITE')),
        satisfaction integer not null check (satisfaction between 1 and 5),
        customer_signed boolean not null default false,
        note text,
        staff_id uuid,
        actor_id text,
        new_issue text,
        follow_up_ticket_id uuid,
        recorded_at timestamptz not null,
        created_at timestamptz not null default now()
      );`,
      ...tenantTableSql('visits', APP_ROLE),
      `create table patrol_rounds (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        planned_for date not null,
        checkpoints text[] not null,
        check_ins jsonb not null default '[]',
        status text not null,
        created_at timestamptz not null default now()
      );`,
      ...tenantTableSql('patrol_rounds', APP_ROLE),
      // Which tenants have something due: the only cross-tenant read, and it returns ids only.
      // SECURITY DEFINER (owner = migration superuser) so the poller can find work without
      // BYPASSRLS; the work itself then runs per tenant under RLS.
      `create or replace function tkt_due_tenants(at timestamptz) returns setof uuid
        language sql stable security definer set search_path = public as $$
          select tenant_id from sla_deadlines
           where breach_published_at is null and state in ('OPEN','BREACHED') and due_at <= at
          union
          select tenant_id from visit_tasks
           where missed_published_at is null and status = 'OPEN' and due_at <= at
        $$;`,
      `revoke all on function tkt_due_tenants(timestamptz) from public;`,
      `grant execute on function tkt_due_tenants(timestamptz) to "${APP_ROLE}";`,
      ...eventsTablesSql(APP_ROLE, RELAY_ROLE),
      ...policyProjectionSql(APP_ROLE),
    ];
    for (const s of sql) this.addSql(s);
  }
}
