import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Tenants with a deadline or visit task due by `now`. Raw because it calls the security-definer
 * function `tkt_due_tenants` of the migrations: the timer asks outside any tenant and pm_app has
 * no BYPASSRLS, so no entity query can see other tenants' rows. One statement per tick.
 */
export async function tenantsWithDueWork(em: EntityManager, now: Date): Promise<string[]> {
  const rows: { id: string }[] = await em.execute('select t as id from tkt_due_tenants(?) t', [now]);
  return rows.map((r) => r.id);
}
