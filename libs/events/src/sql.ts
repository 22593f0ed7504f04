/**
 * Outbox and inbox tables, created by each service's first migration. The application role
 * sees only its tenant's rows (RLS); the relay role may read and mark every row of the
 * outbox and nothing else, so no role of the platform needs BYPASSRLS.
 */
export function eventsTablesSql(appRole: string, relayRole: string): string[] {
  return [
    `create table outbox (
      id uuid primary key,
      tenant_id uuid not null,
      subject text not null,
      envelope jsonb not null,
      created_at timestamptz not null default now(),
      published_at timestamptz
    );`,
    `create index outbox_unpublished_idx on outbox (created_at, id) where published_at is null;`,
    `alter table outbox enable row level security;`,
    `alter table outbox force row level security;`,
    `create policy tenant_isolation on outbox using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());`,
    `create policy relay_all on outbox to "${relayRole}" using (true);`,
    `grant select, insert on outbox to "${appRole}";`,
    `grant select, update on outbox to "${relayRole}";`,
    `create or replace function outbox_notify() returns trigger language plpgsql as $$
      begin perform pg_notify('outbox', ''); return null; end $$;`,
    `create trigger outbox_notify after insert on outbox for each statement execute function outbox_notify();`,
    `create table inbox (
      consumer text not null,
      event_id uuid not null,
      tenant_id uuid not null,
      processed_at timestamptz not null default now(),
      primary key (consumer, event_id)
    );`,
    `alter table inbox enable row level security;`,
    `alter table inbox force row level security;`,
    `create policy tenant_isolation on inbox using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());`,
    `grant select, insert on inbox to "${appRole}";`,
  ];
}

/** Roles are cluster-wide; granting is per database. */
export const relayRoleSql = (relayRole: string, password: string) =>
  `do $$ begin
     if not exists (select 1 from pg_roles where rolname = '${relayRole}') then
       create role "${relayRole}" login nosuperuser nobypassrls password '${password.replace(/'/g, "''")}';
     end if;
   end $$;`;

/**
 * The inbox key includes the tenant (issue 13): an event id is only "seen" for the tenant it
 * was applied to, so an envelope re-using another tenant's event id can never suppress — or be
 * confused with — that tenant's effect. A later migration of every service (the first one
 * created the table with `(consumer, event_id)`).
 */
export function inboxTenantKeySql(): string[] {
  return [
    `alter table inbox drop constraint inbox_pkey;`,
    `alter table inbox add primary key (consumer, tenant_id, event_id);`,
  ];
}

/**
 * A service's outbox holds only its own domain's events: its NATS user may publish nothing
 * else, so a foreign row would be refused by NATS and hold the relay up for ever — refused here
 * instead, in the transaction that writes it. `not valid`: rows already there stay unchecked.
 */
export function outboxOwnDomainSql(domain: string): string[] {
  if (!/^[a-z][a-z0-9]*$/.test(domain)) throw new Error(`not a domain: ${domain}`);
  return [
    `alter table outbox add constraint outbox_own_domain check (subject like 'pm.${domain}.%') not valid;`,
  ];
}

/**
 * An outbox row that can never be published is set aside with its reason instead of holding
 * the relay up (libs/events relay.ts); the relay's index leaves quarantined rows out.
 */
export function outboxQuarantineSql(): string[] {
  return [
    `alter table outbox add column quarantined_at timestamptz, add column quarantine_reason text;`,
    `drop index if exists outbox_unpublished_idx;`,
    `create index outbox_unpublished_idx on outbox (created_at, id) where published_at is null and quarantined_at is null;`,
    `create index outbox_quarantined_idx on outbox (quarantined_at) where quarantined_at is not null and published_at is null;`,
  ];
}

/**
 * Retention of the event tables (libs/events retention.ts): the relay role deletes published
 * outbox rows and old inbox rows of every tenant, in batches found through these indexes. It may
 * still not insert or change an inbox row, nor see any other table.
 */
export function eventsRetentionSql(relayRole: string): string[] {
  return [
    `grant delete on outbox to "${relayRole}";`,
    `create policy relay_all on inbox to "${relayRole}" using (true);`,
    `grant select, delete on inbox to "${relayRole}";`,
    `create index outbox_published_idx on outbox (published_at) where published_at is not null;`,
    `create index inbox_processed_idx on inbox (processed_at);`,
  ];
}
