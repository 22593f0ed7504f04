import { EntityManager } from '@mikro-orm/postgresql';
import { Events, policyDefinition } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { pgArray } from '@pm/db';

/**
 * Every service keeps its own copy of the tenant's policy values, fed by `policy.changed`
 * from tenancy; a value never set is the catalog default. Past values stay, so a bill or KPI
 * computed for a past date uses the value in force then.
 */
export function policyProjectionSql(appRole: string): string[] {
  return [
    `create table policy_projection (
      event_id uuid primary key,
      tenant_id uuid not null,
      key text not null,
      property_id uuid,
      value jsonb not null,
      effective_from date not null,
      occurred_at timestamptz not null
    );`,
    `create index policy_projection_lookup_idx on policy_projection (tenant_id, key, effective_from desc);`,
    `alter table policy_projection enable row level security;`,
    `alter table policy_projection force row level security;`,
    `create policy tenant_isolation on policy_projection using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());`,
    `grant select, insert on policy_projection to "${appRole}";`,
  ];
}

/** The consumer that keeps the projection; `service` names the durable consumer. */
export function policyChangedHandler(service: string): EventHandler<(typeof Events.policyChanged)['shape']> {
  return {
    name: `${service}.policy-projection`,
    contract: Events.policyChanged,
    async handle(em, payload, envelope) {
      await em.execute(
        `insert into policy_projection (event_id, tenant_id, key, property_id, value, effective_from, occurred_at)
         values (?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing`,
        [
          envelope.id,
          envelope.tenantId,
          payload.key,
          payload.propertyId ?? null,
          JSON.stringify(payload.value),
          payload.effectiveFrom,
          envelope.occurredAt,
        ],
      );
    },
  };
}

/**
 * The value of `key` in force on `asOf` (YYYY-MM-DD) for a property: the latest property row,
 * else the latest company row, else the default. Call inside `Database.tx` (RLS scopes it).
 */
export async function policyValue<T = unknown>(
  em: EntityManager,
  key: string,
  propertyId: string | null,
  asOf: string,
): Promise<T> {
  const def = policyDefinition(key);
  if (!def) throw new Error(`unknown policy key ${key}`);
  const rows: { value: T }[] = await em.execute(
    `select value from policy_projection
     where key = ? and effective_from <= ? and (property_id = ? or property_id is null)
     order by (property_id is not null) desc, effective_from desc, occurred_at desc limit 1`,
    [key, asOf, def.perProperty ? propertyId : null],
  );
  return rows.length ? rows[0].value : (def.default as T);
}

/** Several keys at once, e.g. a service's whole SLA table for one property and date. */
export async function policyValues(
  em: EntityManager,
  keys: string[],
  propertyId: string | null,
  asOf: string,
): Promise<Record<string, unknown>> {
  return (await policyValuesOn(em, keys, propertyId, [asOf]))[0];
}

/**
 * Several keys on several dates (a trend's month ends) in one statement: for each date, the
 * values as `policyValue` would give them, in the order of `dates`.
 */
export function policyValuesOn(
  em: EntityManager,
  keys: string[],
  propertyId: string | null,
  dates: string[],
): Promise<Record<string, unknown>[]> {
  return policyValuesAt(
    em,
    keys,
    dates.map((asOf) => ({ propertyId, asOf })),
  );
}

/**
 * Several keys for many (property, date) pairs — a dashboard's properties, each on its own
 * "today" — in one statement: for each pair, the values as `policyValues` would give them, in the
 * order of `at`.
 */
export async function policyValuesAt(
  em: EntityManager,
  keys: string[],
  at: { propertyId: string | null; asOf: string }[],
): Promise<Record<string, unknown>[]> {
  const defs = definitions(keys);
  const scoped = defs.filter((d) => d.perProperty).map((d) => d.key);
  const rows: { i: number; key: string; value: unknown }[] =
    keys.length && at.length
      ? await em.execute(
          `select distinct on (a.i, p.key) a.i::int as i, p.key, p.value
           from unnest(?::uuid[], ?::date[]) with ordinality as a(property_id, as_of, i)
           join policy_projection p on p.key = any(?::text[]) and p.effective_from <= a.as_of
             and (p.property_id is null or (p.property_id = a.property_id and p.key = any(?::text[])))
           order by a.i, p.key, (p.property_id is not null) desc, p.effective_from desc, p.occurred_at desc`,
          [
            pgArray(at.map((x) => x.propertyId)),
            pgArray(at.map((x) => x.asOf)),
            pgArray(keys),
            pgArray(scoped),
          ],
        )
      : [];
  const byPair = new Map<number, Record<string, unknown>>();
  for (const r of rows) byPair.set(r.i, { ...byPair.get(r.i), [r.key]: r.value });
  return at.map((_, i) => withPolicyDefaults(keys, byPair.get(i + 1)));
}

/**
 * The same lookup as `policyValuesAt`, as a scalar subquery for a larger statement, where the
 * property and the date are SQL expressions of its rows (a KPI statement's month ends): a jsonb
 * object of the keys that have a value. `withPolicyDefaults` fills in the rest.
 */
export function policyValuesSql(keys: string[], propertyExpr: string, asOfExpr: string): [string, string[]] {
  const scoped = definitions(keys)
    .filter((d) => d.perProperty)
    .map((d) => d.key);
  return [
    `(select coalesce(jsonb_object_agg(v.key, v.value), '{}'::jsonb) from (
       select distinct on (p.key) p.key, p.value from policy_projection p
       where p.key = any(?::text[]) and p.effective_from <= ${asOfExpr}
         and (p.property_id is null or (p.property_id = ${propertyExpr} and p.key = any(?::text[])))
       order by p.key, (p.property_id is not null) desc, p.effective_from desc, p.occurred_at desc) v)`,
    [pgArray(keys), pgArray(scoped)],
  ];
}

/** The values found for `keys`, each key without one at its catalog default. */
export function withPolicyDefaults(
  keys: string[],
  found: Record<string, unknown> | null | undefined,
): Record<string, unknown> {
  return Object.fromEntries(
    definitions(keys).map((d) => [d.key, found && d.key in found ? found[d.key] : d.default]),
  );
}

function definitions(keys: string[]) {
  return keys.map((key) => {
    const def = policyDefinition(key);
    if (!def) throw new Error(`unknown policy key ${key}`);
    return def;
  });
}
