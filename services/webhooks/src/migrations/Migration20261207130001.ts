import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, RELAY_ROLE, RLS_FUNCTION_SQL, tenantTableSql } from '@pm/db';
import { eventsTablesSql, inboxTenantKeySql, outboxOwnDomainSql } from '@pm/events';
import { policyProjectionSql } from '@pm/policy';

/** The webhooks database: subscriptions, the events kept for them, deliveries, and the dispatcher's two cross-tenant functions. */
export class Migration20261207130001 extends Migration {
  override async up(): Promise<void> {
    const sql = [
      RLS_FUNCTION_SQL,
      `create table whk_properties (
        id uuid primary key,
        tenant_id uuid not null,
        name text not null,
        created_at timestamptz not null default now()
      );`,
      ...tenantTableSql('whk_properties', APP_ROLE),
      `create table webhook_subscriptions (
        id uuid primary key,
        tenant_id uuid not null,
        url text not null,
        events text[] not null,
        property_ids text[] not null default '{}',
        description text,
        status text not null default 'ACTIVE',
        secret_sealed text not null,
        created_by text,
        created_at timestamptz not null default now(),
        disabled_at timestamptz,
        constraint webhook_subscriptions_status_check check (status in ('ACTIVE', 'DISABLED'))
      );`,
      ...tenantTableSql('webhook_subscriptions', APP_ROLE),
      `create table webhook_events (
        id uuid primary key,
        tenant_id uuid not null,
        type text not null,
        property_id uuid not null,
        occurred_at timestamptz not null,
        data jsonb not null
      );`,
      `create index webhook_events_occurred_idx on webhook_events (tenant_id, occurred_at);`,
      ...tenantTableSql('webhook_events', APP_ROLE),
      `create table webhook_deliveries (
        id uuid primary key,
        tenant_id uuid not null,
        subscription_id uuid not null references webhook_subscriptions (id) on delete cascade,
        event_id uuid not null references webhook_events (id) on delete cascade,
        event_type text not null,
        occurred_at timestamptz not null,
        status text not null default 'PENDING',
        attempts integer not null default 0,
        started_at timestamptz,
        next_attempt_at timestamptz,
        lease_until timestamptz,
        last_attempt_at timestamptz,
        last_response_code integer,
        last_error text,
        delivered_at timestamptz,
        replays integer not null default 0,
        created_at timestamptz not null default now(),
        constraint webhook_deliveries_status_check check (status in ('PENDING', 'DELIVERED', 'PARKED')),
        constraint webhook_deliveries_subscription_id_event_id_key unique (subscription_id, event_id)
      );`,
      `create index webhook_deliveries_list_idx on webhook_deliveries (tenant_id, subscription_id, id);`,
      `create index webhook_deliveries_due_idx on webhook_deliveries (tenant_id, next_attempt_at) where status = 'PENDING';`,
      ...tenantTableSql('webhook_deliveries', APP_ROLE),
      // The dispatcher's poll runs outside any tenant and pm_app has no BYPASSRLS: this lists due
      // deliveries of every company (ids and tenants only; each is claimed in its own tenant),
      // at most p_per_tenant minus those in flight per company, the first of every company
      // before the second of any (R-WHK-1: no company takes the others' slots).
      `create or replace function due_webhook_deliveries(p_now timestamptz, p_per_tenant int, p_limit int)
        returns table (id uuid, tenant_id uuid) language sql stable security definer set search_path = public as $$
          with busy as (
            select d.tenant_id, count(*)::int as n from webhook_deliveries d
             where d.status = 'PENDING' and d.lease_until > p_now group by d.tenant_id
          ), tenants as (
            select distinct d.tenant_id from webhook_deliveries d
             where d.status = 'PENDING' and d.next_attempt_at <= p_now
          )
          select c.id, c.tenant_id from tenants t
            left join busy b on b.tenant_id = t.tenant_id
            cross join lateral (
              select d.id, d.tenant_id, d.next_attempt_at,
                     row_number() over (order by d.next_attempt_at, d.id) as rn
                from webhook_deliveries d
                join webhook_subscriptions s on s.id = d.subscription_id and s.status = 'ACTIVE'
               where d.tenant_id = t.tenant_id and d.status = 'PENDING' and d.next_attempt_at <= p_now
                 and (d.lease_until is null or d.lease_until <= p_now)
               order by d.next_attempt_at, d.id
               limit greatest(p_per_tenant - coalesce(b.n, 0), 0)
            ) c
           order by c.rn, c.next_attempt_at
           limit p_limit $$;`,
      `revoke all on function due_webhook_deliveries(timestamptz, int, int) from public;`,
      `grant execute on function due_webhook_deliveries(timestamptz, int, int) to "${APP_ROLE}";`,
      // Retention, for every company at once (same reason): done deliveries, then events no
      // delivery needs any more. Pending ones are never touched.
      `create or replace function purge_webhook_history(p_before timestamptz)
        returns int language plpgsql security definer set search_path = public as $$
          declare n int;
          begin
            delete from webhook_deliveries where occurred_at < p_before and status <> 'PENDING';
            delete from webhook_events e where e.occurred_at < p_before
               and not exists (select 1 from webhook_deliveries d where d.event_id = e.id);
            get diagnostics n = row_count;
            return n;
          end $$;`,
      `revoke all on function purge_webhook_history(timestamptz) from public;`,
      `grant execute on function purge_webhook_history(timestamptz) to "${APP_ROLE}";`,
      ...policyProjectionSql(APP_ROLE),
      ...eventsTablesSql(APP_ROLE, RELAY_ROLE),
      ...inboxTenantKeySql(),
      ...outboxOwnDomainSql('webhooks'),
    ];
    for (const s of sql) this.addSql(s);
  }
}
