import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Serialises the closures of one kind at one property until the transaction ends, so each gets
 * its own sequence number (the sample is drawn from it). Raw because an advisory lock has no
 * entity: there is no row to lock before the first task exists.
 */
export async function lockVisitSequence(em: EntityManager, propertyId: string, kind: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`visit-seq:${propertyId}:${kind}`]);
}
