import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Due jobs of every tenant, oldest first. Raw because it calls a set-returning security-definer
 * function (migration 20261201000000): pm_app has no BYPASSRLS and the poll runs outside any
 * tenant, so no entity query can see these rows. It returns ids and tenants only; each job is
 * then loaded, locked and run through the entity manager inside its own tenant's transaction.
 * Not a bulk path: one statement per poll (SCHEDULER_POLL_MS).
 */
export async function dueJobs(
  em: EntityManager,
  now: Date,
  limit: number,
): Promise<{ id: string; tenantId: string }[]> {
  const rows: { id: string; tenant_id: string }[] = await em.execute(
    'select id, tenant_id from due_scheduled_jobs(?, ?)',
    [now, limit],
  );
  return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id }));
}
