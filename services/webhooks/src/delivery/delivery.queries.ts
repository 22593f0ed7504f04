import { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '@pm/db';

/**
 * Due deliveries of every company, fairly: each company gets at most `perTenant` minus what is
 * already in flight for it, and the first of every company comes before the second of any, so a
 * company with a backlog (or a slow receiver) cannot take the slots of the others. Raw because it
 * calls the security-definer function of the first migration: the poll runs outside any tenant,
 * and pm_app has no BYPASSRLS. Returns ids and tenants only; each is then claimed in its tenant.
 */
export async function dueDeliveries(
  em: EntityManager,
  now: Date,
  perTenant: number,
  limit: number,
): Promise<{ id: string; tenantId: string }[]> {
  const rows: { id: string; tenant_id: string }[] = await em.execute(
    'select id, tenant_id from due_webhook_deliveries(?, ?, ?)',
    [now, perTenant, limit],
  );
  return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id }));
}

/**
 * Takes the given deliveries for this dispatcher until `leaseUntil`, inside their tenant's
 * transaction (RLS). Raw for `for update skip locked` in an update: a row another replica is
 * taking is skipped, and one it took (its lease in the future) no longer qualifies.
 */
export async function claimDeliveries(
  em: EntityManager,
  ids: string[],
  now: Date,
  leaseUntil: Date,
): Promise<string[]> {
  const rows: { id: string }[] = await em.execute(
    `update webhook_deliveries set lease_until = ?
      where id in (select id from webhook_deliveries
                    where id = any(?::uuid[]) and status = 'PENDING' and next_attempt_at <= ?
                      and (lease_until is null or lease_until <= ?)
                    for update skip locked)
      returning id`,
    [leaseUntil, pgArray(ids), now, now],
  );
  return rows.map((r) => r.id);
}

/**
 * Deliveries that are done (delivered or parked) and events nobody waits for, older than
 * `before`, of every company: the same security-definer reason as `dueDeliveries`.
 */
export async function purgeHistory(em: EntityManager, before: Date): Promise<number> {
  const rows: { n: number }[] = await em.execute('select purge_webhook_history(?) as n', [before]);
  return Number(rows[0]?.n ?? 0);
}
