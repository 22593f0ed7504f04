import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Pending appeals whose appellant works on one of `scope`'s sites (null: every site), or on
 * `propertyId`; without those of `actor` and those against findings `actor` recorded. The total
 * and one page of ids in filing order (`limit + 1` tells whether more follow).
 */
export async function pendingAppealsPage(
  em: EntityManager,
  by: { scope: string[] | null; propertyId?: string; actor: string | null },
  afterId: string | undefined,
  limit: number,
): Promise<{ total: number; ids: string[] }> {
  const cond = ["a.status = 'PENDING'"];
  const params: unknown[] = [];
  if (by.scope) {
    cond.push(`s.property_ids && array[${by.scope.map(() => '?').join(',')}]::text[]`);
    params.push(...by.scope);
  }
  if (by.propertyId) {
    cond.push('? = any(s.property_ids)');
    params.push(by.propertyId);
  }
  if (by.actor) {
    cond.push('s.user_id <> ? and c.checker_user_id <> ?');
    params.push(by.actor, by.actor);
  }
  const where = `from appeals a join staff_members s on s.id = a.staff_id
    join findings f on f.id = a.finding_id join checks c on c.id = f.check_id
    where ${cond.join(' and ')}`;
  const total = Number((await em.execute(`select count(*)::int as n ${where}`, params))[0].n);
  const rows: { id: string }[] = await em.execute(
    `select a.id ${where} ${afterId ? 'and a.id > ?' : ''} order by a.id limit ?`,
    [...params, ...(afterId ? [afterId] : []), limit + 1],
  );
  return { total, ids: rows.map((r) => r.id) };
}
