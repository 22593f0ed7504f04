import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Raw because it takes a transaction-scoped advisory lock, which the entity manager cannot:
 * one key per company (RLS already scopes the rows; the lock only orders concurrent starts).
 */
export async function lockPrintJobs(em: EntityManager): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('print_jobs:' || app_current_tenant()::text))`);
}
