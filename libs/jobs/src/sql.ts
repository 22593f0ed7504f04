import { tenantTableSql } from '@pm/db';

/**
 * The job table of a service's first migration: RLS like every tenant table, and a security-
 * definer function that lists due jobs of every tenant (ids and tenants only — the runner then
 * loads and locks each one inside its own tenant's transaction, under RLS).
 */
export function jobsTablesSql(appRole: string): string[] {
  return [
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
      singleton_key text,
      created_at timestamptz not null default now()
    );`,
    `create index scheduled_jobs_due_idx on scheduled_jobs (run_at) where status = 'PENDING';`,
    ...singletonJobsSql(),
    ...tenantTableSql('scheduled_jobs', appRole),
    ...dueJobsFunctionSql(appRole),
  ];
}

/** What a service whose job table predates singletons adds (customers' second migration). */
export function singletonJobsSql(): string[] {
  return [
    `alter table scheduled_jobs add column if not exists singleton_key text;`,
    `create unique index scheduled_jobs_singleton_idx on scheduled_jobs (tenant_id, singleton_key) where status = 'PENDING';`,
  ];
}

/**
 * Due jobs taken turn by turn across tenants: each tenant's oldest due job first, then each
 * tenant's second, and so on — so one company's 10,000 birthday greetings at 09:00 cannot hold
 * another company's reminders behind them. `p_tenant` narrows the list to one tenant.
 */
export function fairDueJobsFunctionSql(appRole: string): string[] {
  return [
    `create index if not exists scheduled_jobs_tenant_due_idx on scheduled_jobs (tenant_id, run_at) where status = 'PENDING';`,
    `drop function if exists due_scheduled_jobs(timestamptz, int);`,
    `create or replace function due_scheduled_jobs(p_now timestamptz, p_limit int, p_tenant uuid)
      returns table (id uuid, tenant_id uuid) language sql stable security definer set search_path = public as $$
        select d.id, d.tenant_id
          from (select distinct j.tenant_id from scheduled_jobs j
                 where j.status = 'PENDING' and j.run_at <= p_now
                   and (p_tenant is null or j.tenant_id = p_tenant)) t
          cross join lateral (
            select j.id, j.tenant_id, j.run_at, row_number() over (order by j.run_at, j.id) as turn
              from scheduled_jobs j
             where j.tenant_id = t.tenant_id and j.status = 'PENDING' and j.run_at <= p_now
             order by j.run_at, j.id limit p_limit) d
         order by d.turn, d.run_at, d.id limit p_limit $$;`,
    `revoke all on function due_scheduled_jobs(timestamptz, int, uuid) from public;`,
    `grant execute on function due_scheduled_jobs(timestamptz, int, uuid) to "${appRole}";`,
  ];
}

/** The first, oldest-first list; replaced by `fairDueJobsFunctionSql` in each service's later migration. */
export function dueJobsFunctionSql(appRole: string): string[] {
  return [
    `create or replace function due_scheduled_jobs(p_now timestamptz, p_limit int)
      returns table (id uuid, tenant_id uuid) language sql stable security definer set search_path = public as $$
        select j.id, j.tenant_id from scheduled_jobs j
         where j.status = 'PENDING' and j.run_at <= p_now order by j.run_at limit p_limit $$;`,
    `revoke all on function due_scheduled_jobs(timestamptz, int) from public;`,
    `grant execute on function due_scheduled_jobs(timestamptz, int) to "${appRole}";`,
  ];
}
