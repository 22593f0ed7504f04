import { EntityManager } from '@mikro-orm/postgresql';

/**
 * How many companies each Keycloak cell holds. Raw because it is one GROUP BY over the platform
 * table: loading every tenant row to count them would grow with the number of companies.
 */
export async function companiesPerCell(em: EntityManager): Promise<Map<string, number>> {
  const rows: { cell: string; n: string }[] = await em.execute(
    'select cell, count(*) as n from tenants group by cell',
  );
  return new Map(rows.map((r) => [r.cell, Number(r.n)]));
}
