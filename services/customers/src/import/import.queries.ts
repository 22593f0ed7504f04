import { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';

/**
 * The look-ups' rows as plain objects (property names), not entities: building a managed entity
 * for each of tens of thousands of rows was the import's largest CPU cost after the inserts
 * (bench/README.md, "Customer import"). The tenant and site filters apply as in em.find.
 */
export async function plainRows<T extends object>(
  em: EntityManager,
  entity: new () => T,
  where: FilterQuery<T>,
  fields: (keyof T & string)[],
  orderBy?: QueryOrderMap<T>,
): Promise<T[]> {
  const qb = em.createQueryBuilder(entity).select(fields).where(where);
  if (orderBy) qb.orderBy(orderBy);
  await qb.applyFilters();
  return qb.execute('all');
}
